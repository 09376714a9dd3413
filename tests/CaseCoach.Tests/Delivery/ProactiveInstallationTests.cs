using CaseCoach.Bot.Graph;
using CaseCoach.Bot.Outbound;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Mail;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace CaseCoach.Tests.Delivery;

/// <summary>
/// Issue 12 item 1: a QA supervisor who never opened the bot still gets the debrief card (R7): the bot installs its
/// Teams app for her through the real Graph SDK against the loopback Graph fake, opens the chat and sends there, once.
/// When Graph refuses (403) or she has no Teams (404), the card's email twin goes instead.
/// </summary>
public sealed class ProactiveInstallationTests
{
    private const string TeamsAppId = "0b2c7d1e-5f3a-4b6c-9d8e-7f6a5b4c3d2e";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_QA_supervisor_without_a_chat_gets_the_app_installed_and_the_debrief_in_the_opened_chat_once_R7()
    {
        await using var graph = await StartGraphAsync();
        await using var world = await WorldAsync(graph.Fake);
        var qa = world.QaSupervisor.AadObjectId;

        await SubmitAsync(world);
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();

        var install = Assert.Single(graph.Teams.Requests, r => r.Method == "POST");
        Assert.Equal($"/v1.0/users/{qa}/teamwork/installedApps", install.Path);
        Assert.EndsWith($"/appCatalogs/teamsApps/{TeamsAppId}", install.Body!.Value.GetProperty("teamsApp@odata.bind").GetString(), StringComparison.Ordinal);
        Assert.Contains(graph.Teams.Requests, r => r.Method == "GET" && r.Query.Contains($"$filter=teamsApp/id eq '{TeamsAppId}'", StringComparison.Ordinal));
        var sent = Assert.Single(world.Channel.Connector.Requests, r => Uri.UnescapeDataString(r.Path).Contains(FakeGraphTeams.ChatIdOf(qa), StringComparison.Ordinal));
        Assert.Contains("Coaching needed", sent.Body!.Value.ToString(), StringComparison.Ordinal);
        Assert.Empty(Emails(world, "review-debrief-*.eml"));
        Assert.Equal(FakeGraphTeams.ChatIdOf(qa), await world.InDbAsync(db => db.Conversations.Where(c => c.AadObjectId == qa).Select(c => c.ConversationId).SingleAsync(Ct)));
    }

    [Fact]
    public async Task An_app_already_installed_409_is_not_an_error_the_chat_is_found_and_used()
    {
        await using var graph = await StartGraphAsync();
        await using var world = await WorldAsync(graph.Fake);
        graph.Teams.AlreadyInstalled(world.QaSupervisor.AadObjectId);

        await SubmitAsync(world);
        await world.Channel.SweepAsync();

        Assert.Single(world.Channel.Connector.Requests, r => Uri.UnescapeDataString(r.Path).Contains(FakeGraphTeams.ChatIdOf(world.QaSupervisor.AadObjectId), StringComparison.Ordinal));
        Assert.Empty(Emails(world, "review-debrief-*.eml"));
    }

    [Theory]
    [InlineData(403, "Forbidden")]
    [InlineData(404, "NotFound")]
    public async Task Installation_refused_or_a_user_without_Teams_gets_the_email_twin_instead_once(int status, string code)
    {
        await using var graph = await StartGraphAsync();
        await using var world = await WorldAsync(graph.Fake);
        graph.Teams.Refuse(world.QaSupervisor.AadObjectId, status, code);

        await SubmitAsync(world);
        await world.Channel.SweepAsync();
        await world.Channel.SweepAsync();

        var email = await MimeMessage.LoadAsync(Assert.Single(Emails(world, "review-debrief-*.eml")), Ct);
        Assert.Equal(ReviewWorld.Email(world.QaSupervisor), Assert.Single(email.To.Mailboxes).Address);
        Assert.Equal("A review is ready for your debrief", email.Subject);
        Assert.Contains("Coaching needed: question 2 is a No.", email.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain("Rivera", email.Subject, StringComparison.Ordinal);
        Assert.DoesNotContain(world.Channel.Connector.Requests, r => r.Path.Contains("19%3A", StringComparison.Ordinal) || r.Path.Contains("19:", StringComparison.Ordinal));
        Assert.Single(graph.Teams.Requests, r => r.Method == "POST");
        Assert.StartsWith("email:", await world.InDbAsync(db => db.OutboxMessages.Where(m => m.IdempotencyKey.StartsWith("review-debrief:")).Select(m => m.ExternalId).SingleAsync(Ct)), StringComparison.Ordinal);
    }

    /// <summary>A person without Teams gets every notice by email: Graph is asked once a day (Teams:RememberRefusalFor), not per notice.</summary>
    [Fact]
    public async Task A_user_without_Teams_is_not_asked_for_again_until_the_refusal_is_forgotten()
    {
        await using var graph = await StartGraphAsync();
        await using var world = await WorldAsync(graph.Fake);
        var qa = world.QaSupervisor.AadObjectId;
        graph.Teams.Refuse(qa, 404, "NotFound");
        await world.SetClockAsync("2026-12-14T15:00:00Z");
        Task<ChatOpening> OpenAsync() => world.InScopeAsync(s => s.GetRequiredService<IPersonalChatOpener>().OpenAsync(qa, Ct));

        var first = Assert.IsType<ChatOpening.Impossible>(await OpenAsync());
        var second = Assert.IsType<ChatOpening.Impossible>(await OpenAsync());
        Assert.Single(graph.Teams.Requests, r => r.Method == "POST");
        Assert.StartsWith(first.Reason, second.Reason, StringComparison.Ordinal);

        await world.SetClockAsync("2026-12-15T15:01:00Z");
        Assert.IsType<ChatOpening.Impossible>(await OpenAsync());
        Assert.Equal(2, graph.Teams.Requests.Count(r => r.Method == "POST"));
    }

    internal sealed record GraphFakes(FakeGraph Fake, FakeGraphTeams Teams) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Fake.DisposeAsync();
    }

    internal static async Task<GraphFakes> StartGraphAsync()
    {
        var teams = new FakeGraphTeams { AppId = TeamsAppId };
        return new GraphFakes(await FakeGraph.StartAsync(Ct, (app, _) => teams.Map(app)), teams);
    }

    /// <summary>The reviewer has opened the bot (so the tenant's serviceUrl is known); the QA supervisor has not.</summary>
    private static async Task<ReviewWorld> WorldAsync(FakeGraph graph)
    {
        var world = await ReviewWorld.StartAsync(settings: new Dictionary<string, string?>
        {
            ["Teams:CatalogAppId"] = TeamsAppId,
            ["Graph:BaseUrl"] = graph.BaseUrl,
        }, services: s => s.AddSingleton<IGraphAccessTokenProvider, FixedGraphToken>());
        await world.InstallAsync(world.Reviewer);
        return world;
    }

    private static async Task SubmitAsync(ReviewWorld world)
    {
        var reviewId = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.submit", Survey.Filled(reviewId, ("q2", "no", "Two contacts in 90 days")));
    }

    private static string[] Emails(ReviewWorld world, string pattern) =>
        Directory.Exists(world.Channel.Bot.OutboxFolder) ? Directory.GetFiles(world.Channel.Bot.OutboxFolder, pattern) : [];
}
