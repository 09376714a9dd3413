using System.Net;
using System.Net.Http.Json;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Outbox;

/// <summary>
/// Exactly-once where the channel allows it (reliability issue, item 7): five kill -9s of a bot delivering under
/// load lose no reply, and double at most the row whose send was in flight at each kill (README, "Outbox").
/// </summary>
public class KillLoopTests
{
    private const int Kills = 5;
    private const int RepliesPerRound = 12;

    [Fact]
    public async Task Five_kill_9s_while_delivering_lose_no_reply_and_double_at_most_one_per_kill()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync("/amer");
        var data = Directory.CreateTempSubdirectory("casecoach-killloop-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", // authentication off: this test is about the outbox
            ["Data__Folder"] = data,
            ["Demo__Seed"] = "false",
            ["Outbox__RunInBackground"] = "true",
            ["Outbox__PollInterval"] = "00:00:00.020",
            ["Outbox__BatchSize"] = "4",
            // A killed instance's claims are taken over once their lease ends; short, so the test does not wait minutes.
            ["Outbox__Lease"] = "00:00:05",
            ["Sweeps__RunInBackground"] = "false",
            ["BotAuth__TrustedServiceUrls__0"] = connector.Origin,
        };
        var activities = new Activities(connector.ServiceUrl);
        var people = Enumerable.Range(1, Kills * RepliesPerRound).Select(i => TestPerson.Named($"Person {i}")).ToList();

        for (var round = 0; round < Kills; round++)
        {
            await using var bot = await BotProcess.StartAsync(environment, ct);
            using var http = new HttpClient { BaseAddress = bot.Address };
            var before = connector.Requests.Count;
            var sends = people.Skip(round * RepliesPerRound).Take(RepliesPerRound)
                .Select(person => http.PostAsJsonAsync("/api/messages", activities.Message(person, "help"), ct));
            foreach (var response in await Task.WhenAll(sends))
                using (response) Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            // Kill as soon as the dispatcher is delivering this round's replies: mid-batch, often mid-send.
            await connector.WaitForRequestsAsync(before + 1, TimeSpan.FromMinutes(1));
            await bot.KillAsync();
        }

        var expected = people.Select(p => $"/amer/v3/conversations/{Uri.EscapeDataString(p.ConversationId)}/activities").ToList();
        await using (var last = await BotProcess.StartAsync(environment, ct))
        {
            // Duplicates count too, so wait for every conversation rather than for a number of requests.
            for (var wait = 0; wait < 1200 && !expected.All(connector.Requests.Select(r => r.Path).ToHashSet().Contains); wait++)
                await Task.Delay(100, ct);
        }

        var perConversation = connector.Requests.GroupBy(r => r.Path).ToDictionary(g => g.Key, g => g.Count());
        Assert.All(expected, path => Assert.True(perConversation.ContainsKey(path), $"lost: {path}"));
        var doubled = perConversation.Values.Sum(n => n - 1);
        Assert.InRange(doubled, 0, Kills);
        TestContext.Current.TestOutputHelper?.WriteLine($"{people.Count} replies, {Kills} kills, {doubled} delivered twice");
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
}
