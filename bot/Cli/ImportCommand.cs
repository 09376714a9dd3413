using System.CommandLine;
using CaseCoach.Core.Import;
using CaseCoach.Core.Import.Cases;
using CaseCoach.Core.Import.People;
using CaseCoach.Core.Persistence;
using Microsoft.Extensions.Options;

namespace CaseCoach.Bot.Cli;

/// <summary>
/// `import people FILE.csv` and `import cases FILE.csv` (R1). Migrates first, so a fresh data folder works.
/// Exit codes: 0 every row imported, 2 some rows rejected (the others imported), 1 nothing imported.
/// </summary>
public static class ImportCommand
{
    public const int AllImported = 0;
    public const int NothingImported = 1;
    public const int SomeRejected = 2;

    private delegate Task<ImportSummary> Importer(
        IServiceProvider services, TextReader csv, IProgress<ImportProgress> progress, CancellationToken cancellationToken);

    public static Command Create(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return new Command("import", "Import people or the prediction listing (cases) from a CSV file; the columns are in README.md")
        {
            Kind("people", "Import people: aadObjectId,email,name,title,role,unit,supervisorEmail,timeZone", configuration,
                (services, csv, progress, ct) => services.GetRequiredService<PeopleImporter>().ImportAsync(csv, progress, ct)),
            Kind("cases", "Import the prediction listing: caseId,caseName,unit,caseworkerEmail,supervisorEmail,openedOn,score,riskFactors,childrenBirthDates[,status,goalChangedOn,childrenRemovedOn,priorReports]", configuration,
                (services, csv, progress, ct) => services.GetRequiredService<CasesImporter>().ImportAsync(csv, progress, ct)),
        };
    }

    private static Command Kind(string kind, string description, IConfiguration configuration, Importer import)
    {
        var file = new Argument<string>("FILE") { Description = "The CSV file (UTF-8, header row first)" };
        var command = new Command(kind, description) { file };
        command.SetAction((parseResult, cancellationToken) => RunAsync(
            kind, CallerPath.Resolve(parseResult.GetValue(file)!), configuration, import,
            parseResult.InvocationConfiguration.Output, parseResult.InvocationConfiguration.Error, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(
        string kind, string path, IConfiguration configuration, Importer import, TextWriter output, TextWriter errors,
        CancellationToken cancellationToken)
    {
        if (!File.Exists(path))
        {
            await errors.WriteLineAsync($"Nothing imported: there is no file at {path}.");
            return NothingImported;
        }

        await using var provider = CliServices.Build(configuration);
        await using var scope = provider.CreateAsyncScope();
        try
        {
            await CliServices.PrepareAsync(scope.ServiceProvider, cancellationToken);
            using var csv = new StreamReader(path, detectEncodingFromByteOrderMarks: true);
            var summary = await import(scope.ServiceProvider, csv, new ProgressWriter(kind, errors), cancellationToken);
            await WriteSummaryAsync(kind, path, summary, output);
            await JurisdictionReport.WriteAsync(scope.ServiceProvider, output, cancellationToken);
            return summary.Rejected.Count == 0 ? AllImported : SomeRejected;
        }
        catch (OptionsValidationException e)
        {
            await errors.WriteLineAsync(string.Join(Environment.NewLine, e.Failures));
            return NothingImported;
        }
        catch (ImportFileException e)
        {
            await errors.WriteLineAsync(e.Message);
            return NothingImported;
        }
        catch (IOException e)
        {
            await errors.WriteLineAsync($"Nothing imported: {path} cannot be read ({e.GetType().Name}).");
            return NothingImported;
        }
    }

    private static async Task WriteSummaryAsync(string kind, string path, ImportSummary summary, TextWriter output)
    {
        await output.WriteLineAsync(
            $"Imported {kind} from {Path.GetFileName(path)}: {summary.Added} added, {summary.Updated} updated, " +
            $"{summary.Unchanged} unchanged, {summary.Rejected.Count} rejected.");
        if (kind == "cases")
            await output.WriteLineAsync($"Not in this listing: {summary.NotInListing} open case(s) already stored; they stay open (a listing closes a case only with status Closed).");
        if (summary.Rejected.Count == 0)
            return;
        await output.WriteLineAsync("Rejected rows were skipped whole; fix them and import the file again:");
        foreach (var error in summary.Rejected)
            await output.WriteLineAsync("  " + error.Reason);
    }

    /// <summary>Synchronous on purpose: Progress&lt;T&gt; would post to the thread pool and print out of order.</summary>
    private sealed class ProgressWriter(string kind, TextWriter errors) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value)
        {
            // A small file is done before anyone would look; only a large one needs to show it is moving.
            if (value.Total > ImportProgress.Interval)
                errors.WriteLine($"{kind}: {value.Processed} of {value.Total} rows");
        }
    }
}
