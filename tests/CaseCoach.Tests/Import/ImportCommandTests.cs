using System.CommandLine;
using CaseCoach.Bot.Cli;
using CaseCoach.Tests.Persistence;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace CaseCoach.Tests.Import;

/// <summary>The `import` verb run in-process against a fresh data folder, as an operator would run it.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _folder = TestDatabase.NewFolder();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    [Fact]
    public async Task The_sample_files_import_into_a_fresh_data_folder_and_a_second_run_changes_nothing()
    {
        var demo = Path.Combine(CaseCoach.Tests.Hosting.RepositoryRoot.Path, "bot", "Demo");

        Assert.Equal(0, await RunAsync("people", Path.Combine(demo, "people.sample.csv")));
        Assert.Equal(0, await RunAsync("cases", Path.Combine(demo, "cases.sample.csv")));
        Assert.Equal(0, await RunAsync("cases", Path.Combine(demo, "cases.sample.csv")));

        // Only the summary lines: each import also reports jurisdictions and cases not in the listing (issue 11).
        var lines = _output.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.StartsWith("Imported", StringComparison.Ordinal)).ToArray();
        Assert.Equal("Imported people from people.sample.csv: 11 added, 0 updated, 0 unchanged, 0 rejected.", lines[0]);
        Assert.Equal("Imported cases from cases.sample.csv: 4 added, 0 updated, 0 unchanged, 0 rejected.", lines[1]);
        Assert.Equal("Imported cases from cases.sample.csv: 0 added, 0 updated, 4 unchanged, 0 rejected.", lines[2]);
        Assert.Empty(_errors.ToString());
    }

    [Fact]
    public async Task Rejected_rows_exit_2_and_are_listed_with_their_line_on_stdout()
    {
        var file = WriteFile(ImportHarness.PeopleHeader + "\n" +
            "aad-1,one@county.example,Pat One,Reviewer,Reviewer,North Unit,,America/New_York\n" +
            "aad-2,two@county.example,Pat Two,Reviewer,Boss,North Unit,,America/New_York\n");

        Assert.Equal(2, await RunAsync("people", file));

        Assert.Contains("1 added, 0 updated, 0 unchanged, 1 rejected.", _output.ToString(), StringComparison.Ordinal);
        Assert.Contains("  role on line 3 is not one of", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_wrong_header_exits_1_with_the_reason_on_stderr()
    {
        var file = WriteFile("caseId,caseName\nRC-1,Family A\n");

        Assert.Equal(1, await RunAsync("cases", file));

        Assert.Contains("Nothing imported: the cases header must be exactly", _errors.ToString(), StringComparison.Ordinal);
        Assert.Empty(_output.ToString());
    }

    [Fact]
    public async Task A_missing_file_exits_1_naming_the_path()
    {
        var missing = Path.Combine(_folder, "absent.csv");

        Assert.Equal(1, await RunAsync("people", missing));

        Assert.Contains($"there is no file at {missing}", _errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_large_file_prints_progress_to_stderr_every_500_rows_and_at_the_end()
    {
        var rows = Enumerable.Range(1, 1001).Select(i =>
            $"aad-{i},p{i}@county.example,Person {i},Reviewer,Reviewer,North Unit,,America/New_York");
        var file = WriteFile(ImportHarness.PeopleHeader + "\n" + string.Join("\n", rows) + "\n");

        Assert.Equal(0, await RunAsync("people", file));

        Assert.Equal(
            ["people: 500 of 1001 rows", "people: 1000 of 1001 rows", "people: 1001 of 1001 rows"],
            _errors.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("1001 added", _output.ToString(), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        TestDatabase.DeleteFolder(_folder);
    }

    private async Task<int> RunAsync(string kind, string file)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Folder"] = Path.Combine(_folder, "data") })
            .Build();
        var root = new RootCommand { ImportCommand.Create(configuration) };
        return await root.Parse(["import", kind, file])
            .InvokeAsync(new InvocationConfiguration { Output = _output, Error = _errors }, TestContext.Current.CancellationToken);
    }

    private string WriteFile(string text)
    {
        Directory.CreateDirectory(_folder);
        var path = Path.Combine(_folder, $"{Guid.NewGuid():N}.csv");
        File.WriteAllText(path, text);
        return path;
    }

}
