using System.Net;
using System.Net.Http.Json;

namespace CaseCoach.Tests.Hosting;

/// <summary>Issue 15 item 8: /healthz says Degraded, still with 200, while outbox rows wait too long.</summary>
public sealed class OutboxHealthTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Healthz_is_degraded_but_200_while_a_reply_waits_longer_than_the_threshold_and_healthy_once_delivered()
    {
        await using var channel = await TestChannel.StartAsync();
        (await channel.SendAsync(channel.Activities.Message(TestPerson.Named("Pat Lee"), "help"))).EnsureSuccessStatusCode();
        var (status, body) = await HealthAsync(channel);
        Assert.Equal((HttpStatusCode.OK, "Healthy"), (status, body));

        // The reply stays queued (no background dispatcher in tests) while the clock passes Outbox:DegradedAfter (15 min).
        using (var moved = await channel.Http.PostAsJsonAsync("/api/dev/clock", new { now = DateTimeOffset.UtcNow.AddMinutes(20).ToString("O") }, Ct))
            moved.EnsureSuccessStatusCode();
        Assert.Equal((HttpStatusCode.OK, "Degraded"), await HealthAsync(channel));

        await channel.SweepAsync();
        Assert.Equal((HttpStatusCode.OK, "Healthy"), await HealthAsync(channel));
    }

    private static async Task<(HttpStatusCode, string)> HealthAsync(TestChannel channel)
    {
        using var response = await channel.Http.GetAsync("/healthz", Ct);
        return (response.StatusCode, await response.Content.ReadAsStringAsync(Ct));
    }
}
