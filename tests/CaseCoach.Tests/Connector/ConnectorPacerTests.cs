using CaseCoach.Bot.Connector.Http;
using CaseCoach.Core.Outbox;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Xunit;

namespace CaseCoach.Tests.Connector;

/// <summary>The pacer's reservations against Teams' sliding windows (bot-protocol.md §6), on a fake clock.</summary>
public sealed class ConnectorPacerTests
{
    private const string Tenant = "tenant-1";
    private static readonly TimeSpan NoLimit = TimeSpan.FromDays(1);
    private readonly FakeTimeProvider time = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void The_eighth_send_to_one_conversation_within_a_second_waits_until_the_first_leaves_the_window()
    {
        var pacer = Pacer();
        var waits = Enumerable.Range(0, 8).Select(_ => pacer.Reserve(Tenant, "a:1", NoLimit).Wait).ToList();

        Assert.All(waits.Take(7), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[7]);
        // Another conversation is not held back by the first one's window.
        Assert.Equal(TimeSpan.Zero, pacer.Reserve(Tenant, "a:2", NoLimit).Wait);
    }

    [Fact]
    public void Fifty_first_send_in_a_tenant_within_a_second_waits_whatever_the_conversations()
    {
        var pacer = Pacer();
        var waits = Enumerable.Range(0, 51).Select(i => pacer.Reserve(Tenant, $"a:{i}", NoLimit).Wait).ToList();

        Assert.All(waits.Take(50), w => Assert.Equal(TimeSpan.Zero, w));
        Assert.Equal(TimeSpan.FromSeconds(1), waits[50]);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve("tenant-2", "a:x", NoLimit).Wait);
    }

    [Fact]
    public void Past_the_hourly_limit_a_send_further_away_than_the_longest_wait_is_not_reserved()
    {
        var pacer = Pacer(o => o.PerConversationPerHour = 10);
        for (var i = 0; i < 10; i++)
        {
            var reserved = pacer.Reserve(Tenant, "a:1", TimeSpan.FromSeconds(20));
            Assert.False(reserved.TooLong);
            time.Advance(reserved.Wait);
        }

        var refused = pacer.Reserve(Tenant, "a:1", TimeSpan.FromSeconds(20));
        Assert.True(refused.TooLong);
        Assert.InRange(refused.Wait, TimeSpan.FromMinutes(58), TimeSpan.FromHours(1));
        // Nothing was reserved, so the tenant's budget is untouched.
        Assert.Equal(TimeSpan.Zero, pacer.Reserve(Tenant, "a:2", TimeSpan.FromSeconds(20)).Wait);
    }

    [Fact]
    public void A_Retry_After_holds_that_conversation_until_then_and_no_other()
    {
        var pacer = Pacer();
        pacer.Hold(Tenant, "a:1", TimeSpan.FromSeconds(3));

        Assert.Equal(TimeSpan.FromSeconds(3), pacer.Reserve(Tenant, "a:1", NoLimit).Wait);
        Assert.Equal(TimeSpan.Zero, pacer.Reserve(Tenant, "a:2", NoLimit).Wait);
    }

    [Fact]
    public void Headroom_stretches_the_window_so_jitter_cannot_put_two_sends_into_one()
    {
        var pacer = Pacer(o => o.PacingHeadroom = 0.02);
        for (var i = 0; i < 7; i++) pacer.Reserve(Tenant, "a:1", NoLimit);

        Assert.Equal(TimeSpan.FromMilliseconds(1020), pacer.Reserve(Tenant, "a:1", NoLimit).Wait);
    }

    [Fact]
    public void Conversations_quiet_for_an_hour_are_forgotten()
    {
        var pacer = Pacer();
        for (var i = 0; i < 100; i++) pacer.Reserve(Tenant, $"a:{i}", NoLimit);
        time.Advance(TimeSpan.FromHours(1.1));
        pacer.Reserve(Tenant, "a:new", NoLimit);

        Assert.Equal(1, pacer.TrackedConversations);
    }

    private ConnectorPacer Pacer(Action<OutboxOptions>? configure = null)
    {
        var options = new OutboxOptions { PacingHeadroom = 0 };
        configure?.Invoke(options);
        return new ConnectorPacer(Options.Create(options), time);
    }
}
