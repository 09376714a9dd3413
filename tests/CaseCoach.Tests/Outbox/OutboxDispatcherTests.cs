using CaseCoach.Core.Persistence;
using CaseCoach.Core.Outbox;
using CaseCoach.Tests.Persistence;
using Xunit;

namespace CaseCoach.Tests.Outbox;

public sealed class OutboxDispatcherTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Due_rows_are_delivered_and_the_external_id_is_recorded(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await OutboxTestKit.WriteRowsAsync(database, clock, 3, Ct);
        var deliverer = new RecordingDeliverer();
        await using var db = database.CreateContext();

        var summary = await OutboxTestKit.Dispatcher(db, clock, deliverers: deliverer).RunOnceAsync(Ct);

        Assert.Equal(new OutboxRunSummary(3, 3, 0, 0, 0), summary);
        Assert.All(await OutboxTestKit.ReadRowsAsync(database, Ct), row =>
        {
            Assert.Equal(OutboxStatus.Delivered, row.Status);
            Assert.Equal($"ext-{row.Id}", row.ExternalId);
            Assert.Equal(OutboxTestKit.Start, row.DeliveredAt);
            Assert.Equal(1, row.Attempts);
        });
        Assert.Equal(1, Assert.Single(deliverer.Seen, e => e.IdempotencyKey == "key-0").Attempt);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_row_whose_time_has_not_come_is_left_alone(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await using (var write = database.CreateContext())
        {
            new OutboxWriter(write, clock).Enqueue("test", "later", "{}", OutboxTestKit.Start.AddHours(1));
            await write.SaveChangesAsync(Ct);
        }

        var deliverer = new RecordingDeliverer();
        await using var db = database.CreateContext();
        var dispatcher = OutboxTestKit.Dispatcher(db, clock, deliverers: deliverer);

        Assert.Equal(0, (await dispatcher.RunOnceAsync(Ct)).Claimed);
        clock.Advance(TimeSpan.FromHours(1));
        Assert.Equal(1, (await dispatcher.RunOnceAsync(Ct)).Delivered);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_kind_without_a_deliverer_fails_with_a_reason_naming_the_kind(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await OutboxTestKit.WriteRowsAsync(database, clock, 1, Ct, kind: "carrier-pigeon");
        await using var db = database.CreateContext();

        var summary = await OutboxTestKit.Dispatcher(db, clock, deliverers: new RecordingDeliverer()).RunOnceAsync(Ct);

        var row = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal(1, summary.Failed);
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.Contains("'carrier-pigeon'", row.LastError);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_final_failure_is_never_retried_and_keeps_its_reason(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await OutboxTestKit.WriteRowsAsync(database, clock, 1, Ct);
        var deliverer = new RecordingDeliverer { Respond = (_, _) => Task.FromResult<DeliveryResult>(new DeliveryResult.Failed("403 bot blocked")) };
        await using var db = database.CreateContext();
        var dispatcher = OutboxTestKit.Dispatcher(db, clock, deliverers: deliverer);

        await dispatcher.RunOnceAsync(Ct);
        clock.Advance(TimeSpan.FromDays(1));
        await dispatcher.RunOnceAsync(Ct);

        var row = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal((OutboxStatus.Failed, "403 bot blocked"), (row.Status, row.LastError));
        Assert.Equal(1, deliverer.Total);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Throttled_delivery_is_rescheduled_after_exactly_the_delay_the_remote_asked_for(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await OutboxTestKit.WriteRowsAsync(database, clock, 1, Ct);
        var deliverer = new RecordingDeliverer();
        deliverer.Respond = (envelope, _) => Task.FromResult<DeliveryResult>(envelope.Attempt == 1
            ? new DeliveryResult.RetryLater("429 Too Many Requests", TimeSpan.FromSeconds(30))
            : new DeliveryResult.Delivered("activity-1"));
        await using var db = database.CreateContext();
        var dispatcher = OutboxTestKit.Dispatcher(db, clock, deliverers: deliverer);

        Assert.Equal(1, (await dispatcher.RunOnceAsync(Ct)).Rescheduled);
        var waiting = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal((OutboxStatus.Pending, OutboxTestKit.Start.AddSeconds(30)), (waiting.Status, waiting.NextAttemptAt));
        Assert.Equal("429 Too Many Requests", waiting.LastError);
        Assert.Null(waiting.ClaimedBy);

        clock.Advance(TimeSpan.FromSeconds(29));
        Assert.Equal(0, (await dispatcher.RunOnceAsync(Ct)).Claimed);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await dispatcher.RunOnceAsync(Ct)).Delivered);

        var delivered = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal((OutboxStatus.Delivered, 2, "activity-1"), (delivered.Status, delivered.Attempts, delivered.ExternalId));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Transient_failures_back_off_exponentially_with_jitter_and_give_up_after_max_attempts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await OutboxTestKit.WriteRowsAsync(database, clock, 1, Ct);
        var options = new OutboxOptions { BaseBackoff = TimeSpan.FromSeconds(10), MaxAttempts = 3 };
        var deliverer = new RecordingDeliverer { Respond = (_, _) => throw new HttpRequestException("503") };
        await using var db = database.CreateContext();
        var dispatcher = OutboxTestKit.Dispatcher(db, clock, options, deliverer);
        var delays = new List<TimeSpan>();

        for (var attempt = 1; attempt <= 3; attempt++)
        {
            await dispatcher.RunOnceAsync(Ct);
            var row = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
            if (row.Status != OutboxStatus.Pending)
            {
                break;
            }

            delays.Add(row.NextAttemptAt - clock.GetUtcNow());
            clock.SetUtcNow(row.NextAttemptAt);
        }

        // Attempt n waits between half and all of base * 2^(n-1).
        Assert.Equal(2, delays.Count);
        Assert.InRange(delays[0], TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10));
        Assert.InRange(delays[1], TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20));
        var final = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal(OutboxStatus.Failed, final.Status);
        Assert.StartsWith("Gave up after 3 attempts: HttpRequestException: 503", final.LastError);
        Assert.Equal(3, deliverer.Total);
    }
}
