using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Persistence.Sqlite;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Persistence;

/// <summary>
/// Issue 14: on a SQLite file the turns queued at a moment commit in one transaction, a savepoint each. To put turns in
/// one group for certain, a transaction holds the write gate while a first turn parks the writer behind it and the
/// others queue; when the transaction ends, the first commits alone and the queued ones together.
/// </summary>
public sealed class SqliteGroupCommitTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Many_concurrent_turns_all_commit_each_once()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);

        await Task.WhenAll(Enumerable.Range(0, 150).Select(async i =>
        {
            await using var db = database.CreateContext();
            db.ProcessedActivities.Add(ProcessedActivity.Record("a:group", $"activity-{i}", 200, null, Now));
            await db.SaveTurnAsync(Ct);
        }));

        await using var check = database.CreateContext();
        var ids = await check.ProcessedActivities.Select(p => p.ActivityId).ToListAsync(Ct);
        Assert.Equal(150, ids.Count);
        Assert.Equal(150, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_redelivery_in_the_same_group_fails_alone_and_its_effect_is_rolled_back()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var first = Turn(database, "activity-1", "notice-first");
        await using var redelivery = Turn(database, "activity-1", "notice-redelivery");
        await using var other = Turn(database, "activity-2", "notice-other");

        var saves = await InOneGroupAsync(database, first, redelivery, other);

        await saves[0];
        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => saves[1]);
        Assert.True(failure.IsUniqueViolation());
        await saves[2];
        await using var check = database.CreateContext();
        Assert.Equal(["notice-first", "notice-other", "notice-parked"],
            (await check.Set<ActionItemNotice>().Select(n => n.Key).ToListAsync(Ct)).Order());
        Assert.Equal(3, await check.ProcessedActivities.CountAsync(Ct));

        // The refused turn's context works on afterwards and sees what the group committed, as TurnJournal expects.
        redelivery.ChangeTracker.Clear();
        Assert.True(await redelivery.ProcessedActivities.AnyAsync(p => p.ActivityId == "activity-1", Ct));
    }

    [Fact]
    public async Task A_turn_cancelled_while_queued_writes_nothing_and_the_others_commit()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var kept = Turn(database, "activity-kept", "notice-kept");
        await using var cancelled = Turn(database, "activity-cancelled", "notice-cancelled");
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);

        var (release, parked) = await ParkTheWriterAsync(database);
        var keptSave = kept.SaveTurnAsync(Ct);
        var cancelledSave = cancelled.SaveTurnAsync(cancel.Token);
        await cancel.CancelAsync();
        await release();
        await parked;

        await keptSave;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelledSave);
        await using var check = database.CreateContext();
        Assert.Equal(["notice-kept", "notice-parked"], (await check.Set<ActionItemNotice>().Select(n => n.Key).ToListAsync(Ct)).Order());
    }

    private static CaseCoachDbContext Turn(TestDatabase database, string activityId, string noticeKey)
    {
        var db = database.CreateContext();
        db.ProcessedActivities.Add(ProcessedActivity.Record("a:group", activityId, 200, null, Now));
        // The key names the turn that wrote it, so the assertions can tell whose effect survived.
        var notice = ActionItemNotice.Sent(NoticeKind.Reminder, Guid.NewGuid(), DateOnly.FromDateTime(Now.UtcDateTime), Now);
        db.Add(notice);
        db.Entry(notice).Property(n => n.Key).CurrentValue = noticeKey;
        return db;
    }

    private static async Task<Task<int>[]> InOneGroupAsync(TestDatabase database, params CaseCoachDbContext[] turns)
    {
        var (release, parked) = await ParkTheWriterAsync(database);
        var saves = turns.Select(t => t.SaveTurnAsync(Ct)).ToArray();
        Assert.All(saves, s => Assert.False(s.IsCompleted));
        await release();
        await parked;
        return saves;
    }

    /// <summary>Holds the write gate in a transaction and queues one turn, which the writer takes and waits with.</summary>
    private static async Task<(Func<Task> Release, Task Parked)> ParkTheWriterAsync(TestDatabase database)
    {
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var holder = database.CreateContext();
        var transaction = holder.InTransactionAsync(async ct =>
        {
            inside.SetResult();
            await finish.Task.WaitAsync(ct);
            return 0;
        }, Ct);
        await inside.Task.WaitAsync(Ct);
        var parkedTurn = Turn(database, "activity-parked", "notice-parked");
        var parked = parkedTurn.SaveTurnAsync(Ct);
        await WaitUntilTakenAsync(parked, parkedTurn);
        return (async () => { finish.SetResult(); await transaction; await holder.DisposeAsync(); }, AwaitAndDispose(parked, parkedTurn));
    }

    private static async Task AwaitAndDispose(Task<int> save, CaseCoachDbContext db)
    {
        await save;
        await db.DisposeAsync();
    }

    /// <summary>
    /// The writer takes the parked turn off its queue within moments. Should it be late, the parked turn joins the
    /// others' group instead, which the tests' assertions equally hold for; either way the writer waits at the gate.
    /// </summary>
    private static async Task WaitUntilTakenAsync(Task<int> parked, CaseCoachDbContext parkedTurn)
    {
        var connectionString = parkedTurn.Database.GetConnectionString();
        for (var i = 0; i < 10_000 && SqliteGroupCommit.Queued(connectionString) > 0; i++) await Task.Yield();
        Assert.False(parked.IsCompleted);
    }
}
