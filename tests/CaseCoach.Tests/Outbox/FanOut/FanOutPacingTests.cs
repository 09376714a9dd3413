using CaseCoach.Core.Outbox;
using CaseCoach.Tests.Persistence;
using Xunit;

namespace CaseCoach.Tests.Outbox.FanOut;

/// <summary>
/// Issue 14 item 4 at a tenth of the size, on a virtual clock: the outbox against a fake Connector that answers 429 over
/// Teams' limits (7/s and 1,800/h per conversation, 50/s per app and tenant). The full 10,000 in real time: tests/load/fanout.
/// </summary>
public sealed class FanOutPacingTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_reminder_to_each_of_1000_people_goes_out_within_5_percent_of_the_tenant_limit_with_no_429_none_lost_none_doubled()
    {
        var result = await RunAsync(people: 1000, perPerson: 1);

        Assert.Equal(1000, result.Delivered);
        Assert.Equal(0, result.Lost);
        Assert.Equal(0, result.Duplicates);
        Assert.True(result.ThrottledShare < 0.01, result.ToString());
        Assert.True(result.TimeRatio <= 1.05, result.ToString());
        // Not slower than the limits need, and not faster than they allow (the fake would have answered 429).
        Assert.True(result.TimeRatio >= 0.9, result.ToString());
    }

    [Fact]
    public async Task Sixty_messages_to_one_person_keep_to_7_a_second_in_that_conversation()
    {
        var result = await RunAsync(people: 1, perPerson: 60);

        Assert.Equal(60, result.Delivered);
        Assert.Equal(0, result.Duplicates);
        Assert.Equal(0, result.Throttled);
        Assert.True(result.TimeRatio <= 1.05, result.ToString());
    }

    [Fact]
    public async Task Over_the_hourly_limit_of_a_conversation_the_rest_wait_for_the_next_hour_and_none_is_refused()
    {
        // Scaled: 10 an hour instead of 1,800; the 11th and 12th are rescheduled by the outbox, not sent into a 429.
        var limits = Limits();
        limits.PerConversationPerHour = 10;
        limits.PollInterval = TimeSpan.FromMinutes(5);
        var result = await RunAsync(people: 1, perPerson: 12, limits);

        Assert.Equal(12, result.Delivered);
        Assert.Equal(0, result.Throttled);
        Assert.Equal(0, result.Duplicates);
        Assert.True(result.Elapsed >= TimeSpan.FromHours(1), result.ToString());
        Assert.True(result.Elapsed <= TimeSpan.FromHours(1.1), result.ToString());
    }

    private static OutboxOptions Limits() => new()
    {
        PerConversationPerSecond = 7, PerConversationPerHour = 1800, PerTenantPerSecond = 50, DeliveryLanes = 2, BatchSize = 20,
    };

    private static async Task<FanOutResult> RunAsync(int people, int perPerson, OutboxOptions? limits = null)
    {
        var folder = TestDatabase.NewFolder();
        try
        {
            var result = await FanOutRun.RunAsync(people, perPerson, limits ?? Limits(), new VirtualClock(Start), folder, Ct);
            TestContext.Current.TestOutputHelper?.WriteLine(result.ToString());
            return result;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            TestDatabase.DeleteFolder(folder);
        }
    }
}
