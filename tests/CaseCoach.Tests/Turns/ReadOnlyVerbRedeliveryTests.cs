using System.Net;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Plugins;
using CaseCoach.Bot.Turns;
using CaseCoach.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace CaseCoach.Tests.Turns;

/// <summary>
/// A verb its plugin declares read-only skips the journal lookup (issue 14): its redelivery runs it again, as its
/// effect is nothing to repeat. Any other verb still answers a redelivery from the journal, with exactly one effect.
/// </summary>
public class ReadOnlyVerbRedeliveryTests
{
    [Fact]
    public async Task A_redelivered_read_only_verb_runs_again_even_when_its_first_delivery_wrote_a_journal_row()
    {
        await using var channel = await StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        // A moved service URL makes the first delivery write (the conversation and the journal row).
        var invoke = channel.Activities.Invoke(dana, "count.view");
        invoke["serviceUrl"] = channel.Activities.ServiceUrl.Replace("/amer", "/emea", StringComparison.Ordinal);

        using var first = await channel.SendAsync(invoke);
        using var second = await channel.SendAsync(invoke);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, Runs(channel).Of("count.view"));
    }

    [Fact]
    public async Task A_redelivered_state_changing_verb_is_answered_from_the_journal_and_runs_once()
    {
        await using var channel = await StartAsync();
        var dana = TestPerson.Named("Dana");
        using var _ = await channel.SendAsync(channel.Activities.Install(dana));
        var invoke = channel.Activities.Invoke(dana, "count.change");

        using var first = await channel.SendAsync(invoke);
        using var second = await channel.SendAsync(invoke);

        Assert.Equal(await first.Content.ReadAsStringAsync(TestContext.Current.CancellationToken),
            await second.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(1, Runs(channel).Of("count.change"));
    }

    private static Task<TestChannel> StartAsync() => TestChannel.StartAsync(services: s =>
    {
        s.AddSingleton<IBotPlugin, CountingPlugin>();
        s.AddSingleton<RunCounter>();
        s.AddScoped<CountingHandler>();
    });

    private static RunCounter Runs(TestChannel channel) => channel.Bot.Services.GetRequiredService<RunCounter>();

    private sealed class CountingPlugin : IBotPlugin
    {
        public string Name => "count";

        public void Register(PluginRegistration registration) => registration
            .Verb<CountingHandler>("count.view", readOnly: true)
            .Verb<CountingHandler>("count.change");
    }

    private sealed class RunCounter
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _runs = new();
        public void Ran(string verb) => _runs.AddOrUpdate(verb, 1, (_, n) => n + 1);
        public int Of(string verb) => _runs.GetValueOrDefault(verb);
    }

    /// <summary>Counts its runs; the state-changing verb sends a message, so its turn commits an outbox row.</summary>
    private sealed class CountingHandler(RunCounter counter) : ICardActionHandler
    {
        public Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
        {
            counter.Ran(turn.Verb);
            if (turn.Verb == "count.change") turn.SendText("changed");
            return Task.FromResult(InvokeResponse.Message("ok " + turn.Verb));
        }
    }
}
