using System.Net;
using System.Text.Json;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Turns;

/// <summary>
/// A turn that changes nothing and sends nothing writes nothing (issue 14): a redelivery simply runs it again, with the
/// same answer and the same lack of effect, and the turn stays off SQLite's one writer.
/// </summary>
public class ReadOnlyTurnTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_redelivered_read_only_invoke_gets_the_same_answer_and_no_journal_row_is_written()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        var invoke = channel.Activities.Invoke(dana, "home.help");

        using var first = await channel.SendAsync(invoke);
        using var second = await channel.SendAsync(invoke);

        var firstBody = await first.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(200, JsonDocument.Parse(firstBody).RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(firstBody, await second.Content.ReadAsStringAsync(Ct));
        var activityId = invoke["id"]!.GetValue<string>();
        await using var scope = channel.Bot.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
        Assert.False(await db.ProcessedActivities.AnyAsync(p => p.ActivityId == activityId, Ct));
    }

    [Fact]
    public async Task A_read_only_invoke_leaves_an_unchanged_conversation_as_it_was()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        var before = Assert.Single(await ConversationsAsync(channel));

        using var __ = await channel.SendAsync(channel.Activities.Invoke(dana, "home.help"));

        Assert.Equal(before.UpdatedAt, Assert.Single(await ConversationsAsync(channel)).UpdatedAt);
    }

    [Fact]
    public async Task A_read_only_invoke_from_a_moved_service_url_still_stores_the_new_one()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));

        var moved = channel.Activities.Invoke(dana, "home.help");
        var newServiceUrl = channel.Activities.ServiceUrl.Replace("/amer", "/emea", StringComparison.Ordinal);
        moved["serviceUrl"] = newServiceUrl;
        using var answer = await channel.SendAsync(moved);

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(newServiceUrl, Assert.Single(await ConversationsAsync(channel)).ServiceUrl);
    }

    [Fact]
    public async Task A_new_service_url_is_stored_even_after_this_instance_noted_the_conversation_and_another_changed_it()
    {
        await using var channel = await TestChannel.StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        using var __ = await channel.SendAsync(channel.Activities.Invoke(dana, "home.help")); // this instance notes the row
        await using (var scope = channel.Bot.Services.CreateAsyncScope())
        {
            // Another instance takes a moved service URL.
            var db = scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>();
            await db.Conversations.ExecuteUpdateAsync(c => c.SetProperty(r => r.ServiceUrl, "https://elsewhere.example/"), Ct);
        }

        var moved = channel.Activities.Invoke(dana, "home.help");
        var newServiceUrl = channel.Activities.ServiceUrl.Replace("/amer", "/emea", StringComparison.Ordinal);
        moved["serviceUrl"] = newServiceUrl;
        using var answer = await channel.SendAsync(moved);

        Assert.Equal(newServiceUrl, Assert.Single(await ConversationsAsync(channel)).ServiceUrl);
    }

    private static async Task<List<CaseCoach.Core.Conversations.ConversationRecord>> ConversationsAsync(TestChannel channel)
    {
        await using var scope = channel.Bot.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<CaseCoachDbContext>().Conversations.AsNoTracking().ToListAsync(Ct);
    }
}
