using System.CommandLine;
using CaseCoach.Bot.Cli;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using CaseCoach.Tests.Persistence;

namespace CaseCoach.Tests.Import;

/// <summary>`case close|goal-changed|children-removed`: the R2 stop facts the listing does not carry.</summary>
public sealed class CaseCommandTests : IDisposable
{
    private readonly string _folder = TestDatabase.NewFolder();
    private readonly StringWriter _output = new();
    private readonly StringWriter _errors = new();

    [Fact]
    public async Task A_goal_change_and_a_removal_are_recorded_on_the_case_and_audited_R2()
    {
        await ImportSamplesAsync();

        Assert.Equal(0, await RunAsync("case", "goal-changed", "RC-1001", "2026-10-01"));
        Assert.Equal(0, await RunAsync("case", "children-removed", "RC-1002", "2026-10-02"));
        Assert.Equal(0, await RunAsync("case", "close", "RC-2001"));

        await using var provider = Services();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        var cases = await db.Cases.ToDictionaryAsync(c => c.ExternalCaseId, TestContext.Current.CancellationToken);
        Assert.Equal(new DateOnly(2026, 10, 1), cases["RC-1001"].GoalChangedOn);
        Assert.Equal(new DateOnly(2026, 10, 2), cases["RC-1002"].ChildrenRemovedOn);
        Assert.Equal(CaseCoach.Core.Cases.CaseStatus.Closed, cases["RC-2001"].Status);
        Assert.Equal(3, await db.AuditEntries.CountAsync(a => a.Actor == "cli", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Each_stop_fact_is_audited_by_the_interceptor_as_the_cli_on_the_case_id_R2()
    {
        await ImportSamplesAsync();

        Assert.Equal(0, await RunAsync("case", "goal-changed", "RC-1001", "2026-10-01"));
        Assert.Equal(0, await RunAsync("case", "close", "RC-2001"));

        await using var provider = Services();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        var ct = TestContext.Current.CancellationToken;
        var ids = await db.Cases.ToDictionaryAsync(c => c.ExternalCaseId, c => c.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), ct);
        var entries = await db.AuditEntries.AsNoTracking().Where(a => a.Actor == CaseCommand.Actor).OrderBy(a => a.Id)
            .Select(a => new { a.Action, a.EntityType, a.EntityId, a.DetailsJson }).ToListAsync(ct);
        Assert.Equal(
        [
            new { Action = "case.goal-changed", EntityType = "Case", EntityId = ids["RC-1001"], DetailsJson = """{"on":"2026-10-01"}""" },
            new { Action = "case.close", EntityType = "Case", EntityId = ids["RC-2001"], DetailsJson = "{}" },
        ], entries);
    }

    [Theory]
    [InlineData("RC-9999", "2026-10-01", "no case has caseId")]
    [InlineData("RC-1001", "10/01/2026", "yyyy-MM-dd")]
    public async Task A_bad_case_id_or_date_changes_nothing_and_says_why(string caseId, string date, string message)
    {
        await ImportSamplesAsync();

        Assert.Equal(1, await RunAsync("case", "goal-changed", caseId, date));

        Assert.Contains(message, _errors.ToString(), StringComparison.Ordinal);
        await using var provider = Services();
        await using var scope = provider.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        Assert.False(await db.Cases.AnyAsync(c => c.GoalChangedOn != null, TestContext.Current.CancellationToken));
    }

    private async Task ImportSamplesAsync()
    {
        var demo = Path.Combine(CaseCoach.Tests.Hosting.RepositoryRoot.Path, "bot", "Demo");
        Assert.Equal(0, await RunAsync("import", "people", Path.Combine(demo, "people.sample.csv")));
        Assert.Equal(0, await RunAsync("import", "cases", Path.Combine(demo, "cases.sample.csv")));
    }

    private IConfiguration Configuration() => new ConfigurationBuilder()
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Folder"] = Path.Combine(_folder, "data") })
        .Build();

    private ServiceProvider Services() =>
        new ServiceCollection().AddLogging().AddCaseCoachPersistence(Configuration()).BuildServiceProvider();

    private async Task<int> RunAsync(params string[] args)
    {
        var root = new RootCommand { ImportCommand.Create(Configuration()), CaseCommand.Create(Configuration()) };
        return await root.Parse(args)
            .InvokeAsync(new InvocationConfiguration { Output = _output, Error = _errors }, TestContext.Current.CancellationToken);
    }


    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
