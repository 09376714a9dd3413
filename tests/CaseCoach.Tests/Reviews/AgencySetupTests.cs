using System.CommandLine;
using System.Text.Json;
using CaseCoach.Bot.Cli;
using CaseCoach.Core.Reviews.Intake;
using CaseCoach.Tests.Hosting;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Reviews;

/// <summary>
/// Issue 11's "done when": a new agency with the demo off and its jurisdiction only in configuration (as environment
/// variables would give it) imports people and the listing with the CLI, runs one sweep, and its reviewers see the
/// highest-scored cases up to capacity (R1) with why each is listed. Then `reviews queue` and `reviews reassign` (R3).
/// </summary>
public sealed class AgencySetupTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>As Jurisdictions__0__Key=lakeside etc. would give it; Demo:Seed is false in every test host.</summary>
    private static readonly Dictionary<string, string?> Agency = new()
    {
        ["Jurisdictions:0:Key"] = "lakeside",
        ["Jurisdictions:0:Name"] = "Lakeside Circuit",
        ["Jurisdictions:0:TimeZone"] = "America/Chicago",
        ["Jurisdictions:0:Instrument"] = "sustainable-permanency",
        ["Jurisdictions:0:Units:0"] = "East Unit",
        ["Jurisdictions:0:ReviewerCapacity"] = "2",
    };

    private readonly TestPerson _reviewer = TestPerson.Named("Robin Ames");
    private readonly TestPerson _secondReviewer = TestPerson.Named("Kai Ito");
    private readonly TestPerson _qaSupervisor = TestPerson.Named("Lee Park");

    [Fact]
    public async Task Import_and_one_sweep_assign_the_highest_scores_up_to_capacity_and_my_reviews_shows_why_R1_R2()
    {
        await using var channel = await TestChannel.StartAsync(Agency);
        var folder = channel.Bot.DataFolder;
        Assert.Equal(0, (await CliAsync(folder, "import", "people", await WriteAsync(folder, "people.csv", People()))).Code);
        var cases = await CliAsync(folder, "import", "cases", await WriteAsync(folder, "cases.csv", Cases()));
        Assert.Equal(ImportCommand.SomeRejected, cases.Code);
        Assert.Contains("unit on line 7 is served by no jurisdiction", cases.Output, StringComparison.Ordinal);
        Assert.Contains("Jurisdictions taking new work: lakeside.", cases.Output, StringComparison.Ordinal);
        foreach (var person in new[] { _reviewer, _secondReviewer })
            (await channel.SendAsync(channel.Activities.Install(person))).Dispose();

        using (var response = await channel.Http.PostAsync("/api/dev/sweep", null, Ct)) response.EnsureSuccessStatusCode();

        var assigned = await InDbAsync(channel, db => db.Reviews.Select(r => r.Case.ExternalCaseId).OrderBy(c => c).ToListAsync(Ct));
        Assert.Equal(["LK-1", "LK-2", "LK-3", "LK-4"], assigned); // 2 reviewers x capacity 2; LK-5 (lowest score) waits
        using (await channel.SendAsync(channel.Activities.Message(_reviewer, "my reviews"))) { }
        await channel.SweepAsync();
        var card = channel.Connector.Requests.Last().Body!.Value.GetProperty("attachments")[0].GetProperty("content");
        var facts = Survey.Elements(card).Where(e => e.TryGetProperty("title", out _) && e.TryGetProperty("value", out _))
            .Select(e => $"{e.GetProperty("title").GetString()}: {e.GetProperty("value").GetString()}").ToList();
        Assert.Contains("Risk score: 0.9", facts);
        Assert.Contains("Risk factors: prior removal, substance use", facts);
        Assert.Contains("Prior reports: 3", facts);
        Assert.Contains(facts, f => f.StartsWith("Children: age", StringComparison.Ordinal));

        var queue = await CliAsync(folder, "reviews", "queue");
        Assert.Contains("LK-5", queue.Output, StringComparison.Ordinal);
        Assert.Contains("First review", queue.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reassign_moves_a_leaving_reviewers_open_reviews_audits_each_and_tells_the_new_reviewer_R3()
    {
        await using var channel = await TestChannel.StartAsync(Agency);
        var folder = channel.Bot.DataFolder;
        await CliAsync(folder, "import", "people", await WriteAsync(folder, "people.csv", People()));
        await CliAsync(folder, "import", "cases", await WriteAsync(folder, "cases.csv", Cases()));
        (await channel.SendAsync(channel.Activities.Install(_secondReviewer))).Dispose();
        await channel.SweepAsync();
        var robins = await InDbAsync(channel, db => db.Reviews.Where(r => r.Reviewer.Email == "robin@lakeside.example").Select(r => r.Key).ToListAsync(Ct));

        var run = await CliAsync(folder, "reviews", "reassign", "--from", "robin@lakeside.example", "--to", "kai@lakeside.example");
        await channel.SweepAsync();

        Assert.Equal(0, run.Code);
        Assert.Equal(2, robins.Count);
        Assert.Equal(["kai@lakeside.example", "kai@lakeside.example"],
            await InDbAsync(channel, db => db.Reviews.Where(r => robins.Contains(r.Key)).Select(r => r.Reviewer.Email).ToListAsync(Ct)));
        Assert.Equal(2, await InDbAsync(channel, db => db.AuditEntries.CountAsync(a => a.Action == ReassignReviews.ReassignedAction, Ct)));
        var told = channel.Connector.Requests.Last();
        Assert.Contains(Uri.EscapeDataString(_secondReviewer.ConversationId), told.Path, StringComparison.Ordinal);
        Assert.Equal(2, JsonSerializer.Serialize(told.Body).Split("review.start").Length - 1);
    }

    [Fact]
    public async Task Reassign_to_someone_who_is_not_a_reviewer_changes_nothing_and_says_why_R3()
    {
        await using var channel = await TestChannel.StartAsync(Agency);
        var folder = channel.Bot.DataFolder;
        await CliAsync(folder, "import", "people", await WriteAsync(folder, "people.csv", People()));

        var run = await CliAsync(folder, "reviews", "reassign", "--from", "robin@lakeside.example", "--to", "lee@lakeside.example");

        Assert.Equal(1, run.Code);
        Assert.Contains("is not a quality reviewer", run.Error, StringComparison.Ordinal);
    }

    private string People() => $"""
        aadObjectId,email,name,title,role,unit,supervisorEmail,timeZone
        {_qaSupervisor.AadObjectId},lee@lakeside.example,Lee Park,QA Supervisor,QaSupervisor,East Unit,,America/Chicago
        {_reviewer.AadObjectId},robin@lakeside.example,Robin Ames,Quality Reviewer,Reviewer,East Unit,lee@lakeside.example,America/Chicago
        {_secondReviewer.AadObjectId},kai@lakeside.example,Kai Ito,Quality Reviewer,Reviewer,East Unit,lee@lakeside.example,America/Chicago
        aad-sup,sup@lakeside.example,Pat Reed,Supervisor,Supervisor,East Unit,,America/Chicago
        aad-cw,cw@lakeside.example,Sam Cole,Case Manager,Caseworker,East Unit,sup@lakeside.example,America/Chicago
        """;

    /// <summary>Listed in no particular order; line 7 is in a unit no jurisdiction serves.</summary>
    private static string Cases() => """
        caseId,caseName,unit,caseworkerEmail,supervisorEmail,openedOn,score,riskFactors,childrenBirthDates,status,goalChangedOn,childrenRemovedOn,priorReports
        LK-3,Family C,East Unit,cw@lakeside.example,sup@lakeside.example,2026-11-01,0.7,housing instability,2019-03-01,Open,,,
        LK-5,Family E,East Unit,cw@lakeside.example,sup@lakeside.example,2026-11-01,0.5,,,,,,
        LK-1,Family A,East Unit,cw@lakeside.example,sup@lakeside.example,2026-11-01,0.9,prior removal;substance use,2024-02-10;2021-08-03,Open,,,3
        LK-4,Family D,East Unit,cw@lakeside.example,sup@lakeside.example,2026-11-01,0.6,,,,,,1
        LK-2,Family B,East Unit,cw@lakeside.example,sup@lakeside.example,2026-11-01,0.8,domestic violence,,,,,
        LK-9,Family W,West Unit,cw@lakeside.example,sup@lakeside.example,2026-11-01,0.99,,,,,,
        """;

    private static async Task<string> WriteAsync(string folder, string name, string content)
    {
        var path = Path.Combine(folder, name);
        await File.WriteAllTextAsync(path, content, Ct);
        return path;
    }

    private static async Task<T> InDbAsync<T>(TestChannel channel, Func<CaseCoachDbContext, Task<T>> query)
    {
        await using var scope = channel.Bot.Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>());
    }

    /// <summary>The verbs read the same configuration as the bot: the agency's settings and its data folder.</summary>
    private static async Task<(int Code, string Output, string Error)> CliAsync(string folder, params string[] args)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(Agency.Append(new("Data:Folder", folder))).Build();
        var root = new RootCommand { ImportCommand.Create(configuration), ReviewsCommand.Create(configuration) };
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await root.Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Ct);
        return (code, output.ToString(), error.ToString());
    }
}
