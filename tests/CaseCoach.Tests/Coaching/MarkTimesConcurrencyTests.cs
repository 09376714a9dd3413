using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Cards;
using CaseCoach.Core.Coaching;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Reliability;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Coaching;

/// <summary>
/// Two saves of the caseworker's time marks at once (two instances on one database, so no conversation gate between
/// them) race for the unique (request, slot) index: the loser runs again on what the winner saved, never a 500 (R13).
/// </summary>
public sealed class MarkTimesConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_simultaneous_saves_of_the_caseworkers_marks_both_answer_cleanly_and_keep_one_mark_per_offered_time_R13()
    {
        await using var coaching = await PickTests.OfferedAsync();
        var world = coaching.World;
        var request = await coaching.RequestAsync();
        await using var second = new BotApplication(new Dictionary<string, string?>
        {
            ["Data:Folder"] = coaching.Channel.Bot.DataFolder,
            ["Calendar:Provider"] = "Local",
            ["Calendar:LocalFolder"] = coaching.CalendarFolder,
            ["BotAuth:TrustedServiceUrls:0"] = coaching.Channel.Connector.Origin,
        }, services: s => s.AddSingleton<IConnectorTokenProvider, FixedConnectorToken>());
        using var secondHttp = second.CreateClient();

        var saves = Enumerable.Range(0, 8).Select(i =>
        {
            var marks = new JsonObject { ["requestId"] = request.Key, ["workingSlots"] = request.Slots[i % request.Slots.Count].Id };
            var invoke = coaching.Channel.Activities.Invoke(world.Caseworker, CardVerbs.CoachingMarkTimes, marks);
            return i % 2 == 0 ? coaching.Channel.SendAsync(invoke) : secondHttp.PostAsJsonAsync("/api/messages", invoke, Ct);
        });
        var responses = await Task.WhenAll(saves);

        foreach (var response in responses)
            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(Ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                Assert.True(InvokeAnswer.StatusOf(text) is 200 or 409, text);
            }
        var stored = await world.InDbAsync(db => db.Set<CoachingSlotMark>().AsNoTracking().ToListAsync(Ct));
        Assert.Equal(request.Slots.Select(s => s.Id).Order(), stored.Select(m => m.SlotId).Order());
        Assert.Single(stored, m => m.Works);
    }
}
