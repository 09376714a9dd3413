using CaseCoach.Core.Persistence;
using CaseCoach.Core.Outbox;
using CaseCoach.Tests.Persistence;
using Xunit;

namespace CaseCoach.Tests.Outbox;

/// <summary>Several dispatcher instances, each with its own context and connection, on one database.</summary>
public sealed class OutboxConcurrencyTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Two_dispatchers_on_one_database_deliver_every_row_exactly_once(DatabaseProvider provider)
    {
        const int rows = 60;
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        var keys = await OutboxTestKit.WriteRowsAsync(database, clock, rows, Ct);
        var deliverer = new RecordingDeliverer();
        var options = new OutboxOptions { BatchSize = 7 };

        async Task RunInstanceAsync()
        {
            await using var db = database.CreateContext();
            var dispatcher = OutboxTestKit.Dispatcher(db, clock, options, deliverer);
            for (var run = 0; run < 100 && deliverer.Total < rows; run++)
            {
                await dispatcher.RunOnceAsync(Ct);
            }
        }

        await Task.WhenAll(Task.Run(RunInstanceAsync, Ct), Task.Run(RunInstanceAsync, Ct));

        Assert.Equal(keys.ToHashSet(), deliverer.DeliveriesByKey.Keys.ToHashSet());
        Assert.All(deliverer.DeliveriesByKey, pair => Assert.Equal(1, pair.Value));
        Assert.All(await OutboxTestKit.ReadRowsAsync(database, Ct), row =>
            Assert.Equal((OutboxStatus.Delivered, 1), (row.Status, row.Attempts)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task After_a_crashed_instance_lease_expires_another_delivers_and_the_late_completion_changes_nothing(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        var options = new OutboxOptions { Lease = TimeSpan.FromMinutes(2) };
        await OutboxTestKit.WriteRowsAsync(database, clock, 1, Ct);

        // Instance A claims the row and hangs inside delivery, as a process that died would.
        var aStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aRelease = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var a = new RecordingDeliverer
        {
            Respond = async (_, _) =>
            {
                aStarted.SetResult();
                await aRelease.Task;
                return new DeliveryResult.Delivered("from-a");
            },
        };
        await using var aDb = database.CreateContext();
        var aDispatcher = OutboxTestKit.Dispatcher(aDb, clock, options, a);
        var aRun = aDispatcher.RunOnceAsync(Ct);
        await aStarted.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        var b = new RecordingDeliverer { Respond = (_, _) => Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered("from-b")) };
        await using var bDb = database.CreateContext();
        var bDispatcher = OutboxTestKit.Dispatcher(bDb, clock, options, b);

        Assert.Equal(0, (await bDispatcher.RunOnceAsync(Ct)).Claimed);
        clock.Advance(options.Lease + TimeSpan.FromSeconds(1));
        Assert.Equal(1, (await bDispatcher.RunOnceAsync(Ct)).Delivered);

        aRelease.SetResult();
        var aSummary = await aRun.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(new OutboxRunSummary(1, 0, 0, 0, LostClaims: 1), aSummary);
        var row = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal(OutboxStatus.Delivered, row.Status);
        Assert.Equal("from-b", row.ExternalId);
        Assert.Equal(bDispatcher.InstanceId, row.ClaimedBy);
        Assert.Equal(OutboxTestKit.Start + options.Lease + TimeSpan.FromSeconds(1), row.DeliveredAt);
        Assert.Equal(2, row.Attempts);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_dispatcher_stopped_mid_batch_is_finished_by_a_fresh_one_without_a_second_delivery(DatabaseProvider provider)
    {
        const int rows = 12;
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        var keys = await OutboxTestKit.WriteRowsAsync(database, clock, rows, Ct);
        var options = new OutboxOptions { BatchSize = 10 };
        var deliverer = new RecordingDeliverer();

        // The host stops (cancellation) while the first instance is in the middle of its batch.
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        deliverer.Respond = (envelope, _) =>
        {
            if (deliverer.Total == 4)
            {
                stopping.Cancel();
            }

            return Task.FromResult<DeliveryResult>(new DeliveryResult.Delivered($"ext-{envelope.Id}"));
        };
        await using (var firstDb = database.CreateContext())
        {
            var first = OutboxTestKit.Dispatcher(firstDb, clock, options, deliverer);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first.RunOnceAsync(stopping.Token));
        }

        Assert.Equal(4, deliverer.Total);
        Assert.DoesNotContain(await OutboxTestKit.ReadRowsAsync(database, Ct), row => row.Status == OutboxStatus.InFlight);

        // A fresh process: new context, new dispatcher, same clock (no lease has to run out).
        await using (var secondDb = database.CreateContext())
        {
            var second = OutboxTestKit.Dispatcher(secondDb, clock, options, deliverer);
            for (var run = 0; run < 5 && (await second.RunOnceAsync(Ct)).Claimed > 0; run++)
            {
            }
        }

        Assert.Equal(rows, deliverer.Total);
        Assert.Equal(keys.ToHashSet(), deliverer.DeliveriesByKey.Keys.ToHashSet());
        Assert.All(deliverer.DeliveriesByKey, pair => Assert.Equal(1, pair.Value));
        Assert.All(await OutboxTestKit.ReadRowsAsync(database, Ct), row =>
            Assert.Equal((OutboxStatus.Delivered, 1), (row.Status, row.Attempts)));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_row_that_keeps_killing_its_instance_fails_once_its_claims_pass_max_attempts(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        var options = new OutboxOptions { MaxAttempts = 1 };
        await OutboxTestKit.WriteRowsAsync(database, clock, 1, Ct);
        var hung = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var dying = new RecordingDeliverer
        {
            Respond = async (_, _) =>
            {
                hung.SetResult();
                await release.Task;
                return new DeliveryResult.Delivered();
            },
        };
        await using var aDb = database.CreateContext();
        var aRun = OutboxTestKit.Dispatcher(aDb, clock, options, dying).RunOnceAsync(Ct);
        await hung.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        clock.Advance(options.Lease + TimeSpan.FromSeconds(1));
        var next = new RecordingDeliverer();
        await using var bDb = database.CreateContext();
        var summary = await OutboxTestKit.Dispatcher(bDb, clock, options, next).RunOnceAsync(Ct);
        release.SetResult();
        await aRun.WaitAsync(TimeSpan.FromSeconds(30), Ct);

        Assert.Equal(1, summary.Failed);
        Assert.Equal(0, next.Total);
        var row = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal(OutboxStatus.Failed, row.Status);
        Assert.StartsWith("Gave up after 1 attempts without a recorded outcome", row.LastError);
    }
}
