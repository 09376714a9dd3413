using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Cards;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.ActionItems;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Persistence;
using CaseCoach.Tests.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Reliability;

/// <summary>
/// Bursts on one row from two bot instances on one database (reliability issue, item 2): every click is answered
/// without a 5xx, a conflict is retried until it succeeds or says someone else changed it, and the row ends in one
/// consistent state.
/// </summary>
public class ConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateOnly Monday = new(2026, 11, 30);

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_item_clicked_done_100_times_at_once_is_reported_done_once_with_no_5xx_R18(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using var world = await ActionItemsWorld.StartAsync(new DateTimeOffset(2026, 11, 30, 10, 0, 0, TimeSpan.FromHours(-5)), database);
        var reviewId = await world.CompleteReviewAsync();
        var item = (await world.RecordCoachingAsync(reviewId, Monday, ("Update the safety plan", Monday.AddDays(3), true)))[0];
        await using var second = SecondInstance(database, world.Connector.Origin);
        using var secondHttp = second.CreateClient();

        var clicks = Enumerable.Range(0, 100).Select(i =>
        {
            var invoke = world.Channel.Activities.Invoke(world.Caseworker, CardVerbs.ActionItemsReportDone, ChecklistCardTests.Data(item));
            return i % 2 == 0 ? world.Channel.SendAsync(invoke) : secondHttp.PostAsJsonAsync("/api/messages", invoke, Ct);
        });
        var responses = await Task.WhenAll(clicks);

        await AssertNoServerErrorsAsync(responses);
        Assert.Equal(ActionItemStatus.ReportedDone, (await world.ItemAsync(item)).Status);
        Assert.Equal(1, await world.QueryAsync(db => db.Set<FidelityEvent>()
            .CountAsync(e => e.ActionItemId == item && e.Kind == FidelityEventKinds.ReportedDone, Ct)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task One_draft_saved_1000_times_at_once_keeps_one_whole_save_with_no_5xx_R6(DatabaseProvider provider)
    {
        var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using var world = await ReviewWorld.StartAsync(database: database);
        var reviewKey = await world.AssignReviewAsync();
        await world.InvokeAsync(world.Reviewer, "review.start", Survey.Id(reviewKey));
        await using var second = SecondInstance(database, world.Channel.Connector.Origin);
        using var secondHttp = second.CreateClient();

        using var throttle = new SemaphoreSlim(32);
        var saves = Enumerable.Range(0, 1000).Select(async i =>
        {
            var draft = Survey.Filled(reviewKey, [.. Survey.QuestionIds.Select(q => (q, "no", $"save {i}"))]);
            var invoke = world.Channel.Activities.Invoke(world.Reviewer, "review.saveDraft", draft);
            await throttle.WaitAsync(Ct);
            try { return i % 2 == 0 ? await world.Channel.SendAsync(invoke) : await secondHttp.PostAsJsonAsync("/api/messages", invoke, Ct); }
            finally { throttle.Release(); }
        });
        var responses = await Task.WhenAll(saves);

        await AssertNoServerErrorsAsync(responses);
        var review = await world.LoadReviewAsync(reviewKey);
        var comments = review.Answers.Select(a => a.Comment).Distinct().ToList();
        Assert.Single(comments);
        Assert.Equal(Survey.QuestionIds.Length, review.Answers.Count);
        Assert.Null(review.CompletedAt);
    }

    /// <summary>A second whole bot host on the same database, authentication off (Development), as a second instance behind Bot Service.</summary>
    private static BotApplication SecondInstance(TestDatabase database, string connectorOrigin) => new(
        new Dictionary<string, string?>(database.HostSettings) { ["BotAuth:TrustedServiceUrls:0"] = connectorOrigin },
        services: s => s.AddSingleton<IConnectorTokenProvider, FixedConnectorToken>());

    private static async Task AssertNoServerErrorsAsync(IEnumerable<HttpResponseMessage> responses)
    {
        var failures = new List<string>();
        foreach (var response in responses)
        {
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(Ct);
                if ((int)response.StatusCode >= 500 || InvokeAnswer.StatusOf(text) >= 500 || response.StatusCode != HttpStatusCode.OK)
                    failures.Add($"{(int)response.StatusCode} {text[..Math.Min(160, text.Length)]}");
            }
        }
        Assert.True(failures.Count == 0, $"{failures.Count} failed:\n" + string.Join("\n", failures.Distinct().Take(10)));
    }
}
