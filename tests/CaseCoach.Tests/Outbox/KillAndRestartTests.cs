using System.Net;
using System.Net.Http.Json;
using CaseCoach.Tests.Fakes;
using CaseCoach.Tests.Hosting;

namespace CaseCoach.Tests.Outbox;

/// <summary>A bot killed with replies still in its outbox delivers each of them once after a restart.</summary>
public class KillAndRestartTests
{
    [Fact]
    public async Task Replies_written_before_a_kill_are_delivered_once_after_the_restart()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var connector = await FakeConnector.StartAsync("/amer");
        var data = Directory.CreateTempSubdirectory("casecoach-kill-").FullName;
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Development", // authentication off: this test is about the outbox
            ["Data__Folder"] = data,
            ["Demo__Seed"] = "false",
            ["Outbox__RunInBackground"] = "false",
            ["Sweeps__RunInBackground"] = "false",
            ["BotAuth__TrustedServiceUrls__0"] = connector.Origin,
        };
        var activities = new Activities(connector.ServiceUrl);
        var people = Enumerable.Range(1, 5).Select(i => TestPerson.Named($"Person {i}")).ToList();

        await using (var first = await BotProcess.StartAsync(environment, ct))
        {
            using var http = new HttpClient { BaseAddress = first.Address };
            foreach (var person in people)
            {
                using var response = await http.PostAsJsonAsync("/api/messages", activities.Message(person, "help"), ct);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            }
            await first.KillAsync();
        }
        Assert.Empty(connector.Requests);

        await using (var second = await BotProcess.StartAsync(environment, ct))
        {
            using var http = new HttpClient { BaseAddress = second.Address };
            (await http.PostAsync("/api/dev/sweep", null, ct)).EnsureSuccessStatusCode();
            (await http.PostAsync("/api/dev/sweep", null, ct)).EnsureSuccessStatusCode();
        }

        var delivered = connector.Requests.Select(r => r.Path).Order().ToList();
        var expected = people.Select(p => $"/amer/v3/conversations/{Uri.EscapeDataString(p.ConversationId)}/activities").Order().ToList();
        Assert.Equal(expected, delivered);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(data, recursive: true);
    }
}
