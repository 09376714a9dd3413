using CaseCoach.Core.Import;
using CaseCoach.Core.Import.Cases;
using CaseCoach.Core.Import.People;
using CaseCoach.Tests.Persistence;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;

namespace CaseCoach.Tests.Import;

/// <summary>Runs the importers against a real SQLite file, each run on a fresh context as the CLI would.</summary>
internal static class ImportHarness
{
    public const string PeopleHeader = "aadObjectId,email,name,title,role,unit,supervisorEmail,timeZone";
    public const string CasesHeader = "caseId,caseName,unit,caseworkerEmail,supervisorEmail,openedOn,score,riskFactors,childrenBirthDates";

    public static readonly FakeTimeProvider Clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));

    /// <summary>The people every cases test needs: a North supervisor and caseworker.</summary>
    public const string Staff = PeopleHeader + """

        aad-sup,sup@county.example,Taylor Nguyen,Supervisor,Supervisor,North Unit,,America/New_York
        aad-cw,cw@county.example,Dana Lopez,Case Manager,Caseworker,North Unit,sup@county.example,America/New_York
        aad-cw2,cw2@county.example,Alex Kim,Case Manager,Caseworker,South Unit,sup@county.example,America/New_York
        """;

    public static async Task<ImportSummary> PeopleAsync(
        TestDatabase database, string csv, IProgress<ImportProgress>? progress = null)
    {
        await using var db = database.CreateContext();
        var importer = new PeopleImporter(db, NullLogger<PeopleImporter>.Instance);
        return await importer.ImportAsync(new StringReader(csv), progress, TestContext.Current.CancellationToken);
    }

    public static async Task<ImportSummary> CasesAsync(TestDatabase database, string csv)
    {
        await using var db = database.CreateContext();
        var importer = new CasesImporter(db, Clock, NullLogger<CasesImporter>.Instance);
        return await importer.ImportAsync(new StringReader(csv), null, TestContext.Current.CancellationToken);
    }

    /// <summary>Records progress as it is reported, on the reporting thread (Progress&lt;T&gt; would post it later).</summary>
    public sealed class RecordingProgress : IProgress<ImportProgress>
    {
        public List<ImportProgress> Reports { get; } = [];

        public void Report(ImportProgress value) => Reports.Add(value);
    }
}
