using CaseCoach.Bot.Connector.Http;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Hosting;
using CaseCoach.Tests.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Outbox;

/// <summary>Two whole bot hosts on one database, as behind Azure Bot Service: the work each unit is claimed once.</summary>
public sealed class TwoInstanceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_bot_instances_on_one_database_sweeping_at_once_deliver_every_reply_once(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using var first = await TestChannel.StartAsync(database.HostSettings);
        await using var second = new BotApplication(
            new Dictionary<string, string?>(database.HostSettings) { ["BotAuth:TrustedServiceUrls:0"] = first.Connector.Origin },
            services: s => s.AddSingleton<IConnectorTokenProvider, FixedConnectorToken>());
        using var secondHttp = second.CreateClient();
        var people = Enumerable.Range(1, 8).Select(i => TestPerson.Named($"Person {i}")).ToList();
        foreach (var person in people)
            (await first.SendAsync(first.Activities.Message(person, "help"))).EnsureSuccessStatusCode();

        // Both instances run every sweep and the outbox dispatcher at the same moment, twice over.
        for (var round = 0; round < 2; round++)
            await Task.WhenAll(SweepAsync(first.Http), SweepAsync(secondHttp));

        var delivered = first.Connector.Requests.Select(r => r.Path).Order().ToList();
        var expected = people.Select(p => $"/amer/v3/conversations/{Uri.EscapeDataString(p.ConversationId)}/activities").Order().ToList();
        Assert.Equal(expected, delivered);
    }

    private static async Task SweepAsync(HttpClient http)
    {
        using var response = await http.PostAsync("/api/dev/sweep", null, Ct);
        response.EnsureSuccessStatusCode();
    }
}
