using CaseCoach.Core.Persistence;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Persistence;

/// <summary>Issue 14: writers of one SQLite file in one process queue in an async gate, not in SQLite's busy handler.</summary>
public sealed class SqliteWriteGateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = new(2026, 12, 3, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Many_concurrent_writers_all_commit_each_once()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);

        await Task.WhenAll(Enumerable.Range(0, 48).Select(async i =>
        {
            await using var db = database.CreateContext();
            db.ProcessedActivities.Add(ProcessedActivity.Record("a:gate", $"activity-{i}", 200, null, Now));
            await db.SaveChangesAsync(Ct);
        }));

        await using var check = database.CreateContext();
        var ids = await check.ProcessedActivities.Select(p => p.ActivityId).ToListAsync(Ct);
        Assert.Equal(48, ids.Count);
        Assert.Equal(48, ids.Distinct().Count());
    }

    [Fact]
    public async Task A_writer_waiting_behind_a_transaction_can_be_cancelled_and_writes_nothing()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var holder = database.CreateContext();
        var transaction = holder.InTransactionAsync(async ct =>
        {
            holder.ProcessedActivities.Add(ProcessedActivity.Record("a:gate", "held", 200, null, Now));
            await holder.SaveChangesAsync(ct);
            inside.SetResult();
            await finish.Task.WaitAsync(ct);
            return 0;
        }, Ct);
        await inside.Task.WaitAsync(Ct);

        // SQLite's busy handler would hold this writer for the whole busy_timeout (10 s) whatever its token says.
        await using var waiting = database.CreateContext();
        waiting.ProcessedActivities.Add(ProcessedActivity.Record("a:gate", "cancelled", 200, null, Now));
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(Ct);
        var save = waiting.SaveChangesAsync(cancel.Token);
        Assert.False(save.IsCompleted);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => save.WaitAsync(TimeSpan.FromSeconds(5), Ct));

        finish.SetResult();
        await transaction;
        await using var check = database.CreateContext();
        Assert.Equal(["held"], await check.ProcessedActivities.Select(p => p.ActivityId).ToListAsync(Ct));
    }

    [Fact]
    public async Task A_writer_queued_behind_a_transaction_commits_once_it_ends()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        var inside = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var finish = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var holder = database.CreateContext();
        var transaction = holder.InTransactionAsync(async ct =>
        {
            inside.SetResult();
            await finish.Task.WaitAsync(ct);
            holder.ProcessedActivities.Add(ProcessedActivity.Record("a:gate", "first", 200, null, Now));
            await holder.SaveChangesAsync(ct);
            return 0;
        }, Ct);
        await inside.Task.WaitAsync(Ct);
        await using var queued = database.CreateContext();
        queued.ProcessedActivities.Add(ProcessedActivity.Record("a:gate", "second", 200, null, Now));
        var save = queued.SaveChangesAsync(Ct);

        Assert.False(save.IsCompleted);
        finish.SetResult();
        await transaction;
        await save;

        await using var check = database.CreateContext();
        Assert.Equal(2, await check.ProcessedActivities.CountAsync(Ct));
    }
}
