using CaseCoach.Bot.Plugins.Retention;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Retention;
using CaseCoach.Core.Turns;
using CaseCoach.Tests.Outbox;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Xunit;

namespace CaseCoach.Tests.Retention;

/// <summary>Issue 14 item 5: records that only serve delivery are pruned after their windows; the rest stays.</summary>
public sealed class RetentionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Processed_activities_older_than_the_window_are_pruned_and_younger_ones_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await RecordActivitiesAsync(database, clock.GetUtcNow(), "old-1", "old-2");
        clock.Advance(TimeSpan.FromDays(3));
        await RecordActivitiesAsync(database, clock.GetUtcNow(), "young");

        clock.Advance(TimeSpan.FromDays(4) + TimeSpan.FromMinutes(1));
        var result = await PruneAsync(database, clock.GetUtcNow(), new RetentionOptions());

        Assert.Equal(new PruneResult(2, 0), result);
        await using var db = database.CreateContext();
        Assert.Equal(["young"], await db.ProcessedActivities.Select(p => p.ActivityId).ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Delivered_outbox_rows_are_pruned_after_30_days_and_pending_or_failed_rows_are_kept(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await OutboxTestKit.WriteRowsAsync(database, clock, 3, Ct);
        var deliverer = new RecordingDeliverer
        {
            Respond = (e, _) => Task.FromResult<DeliveryResult>(e.IdempotencyKey == "key-2"
                ? new DeliveryResult.Failed("403 bot blocked") : new DeliveryResult.Delivered($"ext-{e.Id}")),
        };
        await using (var db = database.CreateContext())
            await OutboxTestKit.Dispatcher(db, clock, deliverers: deliverer).RunOnceAsync(Ct);
        await using (var write = database.CreateContext())
        {
            new OutboxWriter(write, clock).Enqueue(RecordingDeliverer.DefaultKind, "next-year", "{}", clock.GetUtcNow().AddDays(365));
            await write.SaveChangesAsync(Ct);
        }

        clock.Advance(TimeSpan.FromDays(29));
        Assert.Equal(new PruneResult(0, 0), await PruneAsync(database, clock.GetUtcNow(), new RetentionOptions()));
        clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
        Assert.Equal(new PruneResult(0, 2), await PruneAsync(database, clock.GetUtcNow(), new RetentionOptions()));

        var left = await OutboxTestKit.ReadRowsAsync(database, Ct);
        Assert.Equal(["key-2", "next-year"], left.Select(r => r.IdempotencyKey));
        Assert.Equal([OutboxStatus.Failed, OutboxStatus.Pending], left.Select(r => r.Status));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_backlog_is_deleted_in_bounded_batches_and_drains_over_later_runs(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await RecordActivitiesAsync(database, clock.GetUtcNow(), "a", "b", "c", "d", "e");
        clock.Advance(TimeSpan.FromDays(8));
        var options = new RetentionOptions { BatchSize = 2, MaxBatchesPerRun = 2 };

        Assert.Equal(new PruneResult(4, 0), await PruneAsync(database, clock.GetUtcNow(), options));
        Assert.Equal(new PruneResult(1, 0), await PruneAsync(database, clock.GetUtcNow(), options));
        Assert.Equal(new PruneResult(0, 0), await PruneAsync(database, clock.GetUtcNow(), options));
    }

    [Theory]
    [InlineData("ProcessedActivities", "00:10:00", "Retention:ProcessedActivities")]
    [InlineData("DeliveredOutbox", "02:00:00", "Retention:DeliveredOutbox")]
    [InlineData("BatchSize", "0", "Retention:BatchSize")]
    [InlineData("MaxBatchesPerRun", "0", "Retention:MaxBatchesPerRun")]
    public void A_window_or_batch_out_of_range_is_refused_naming_the_key(string key, string value, string named)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [$"Retention:{key}"] = value }).Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        new RetentionPlugin().AddServices(services);
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<RetentionOptions>>().Value);

        Assert.Contains(named, error.Message, StringComparison.Ordinal);
    }

    private static async Task RecordActivitiesAsync(TestDatabase database, DateTimeOffset now, params string[] activityIds)
    {
        await using var db = database.CreateContext();
        foreach (var id in activityIds)
            db.ProcessedActivities.Add(ProcessedActivity.Record("a:conversation", id, 200, "{\"statusCode\":200}", now));
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<PruneResult> PruneAsync(TestDatabase database, DateTimeOffset now, RetentionOptions options)
    {
        await using var db = database.CreateContext();
        return await new PruneExpiredRecords(db).RunOnceAsync(now, options, Ct);
    }
}
