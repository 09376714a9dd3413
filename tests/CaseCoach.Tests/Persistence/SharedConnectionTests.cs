using System.Data;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Turns;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Tests.Persistence;

/// <summary>
/// Issue 14: a turn's queries share one open SQLite connection instead of opening one each (every open registers EF's
/// SQL functions again); the connection is let go before the turn's save, so the save still joins a group commit.
/// </summary>
public sealed class SharedConnectionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = new(2026, 12, 6, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Unshared_queries_open_the_connection_once_each()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var db = database.CreateContext();
        var opens = CountOpens(db);

        await ThreeQueriesAsync(db);

        Assert.Equal(3, opens());
        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
    }

    [Fact]
    public async Task Shared_queries_open_the_connection_once_and_it_closes_when_the_lease_ends()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var db = database.CreateContext();
        var opens = CountOpens(db);

        await using (db.Share())
        {
            Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State); // nothing opens until a query
            await ThreeQueriesAsync(db);
            Assert.Equal(ConnectionState.Open, db.Database.GetDbConnection().State);
        }

        Assert.Equal(1, opens());
        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
        await ThreeQueriesAsync(db); // after the lease, one open per query again
        Assert.Equal(4, opens());
    }

    [Fact]
    public async Task A_turn_save_lets_the_shared_connection_go_and_joins_the_group_commit()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var db = database.CreateContext();
        await using var lease = db.Share();
        await ThreeQueriesAsync(db);
        var ownConnection = db.Database.GetDbConnection();

        db.ProcessedActivities.Add(ProcessedActivity.Record("a:shared", "activity-1", 200, null, Now));
        await db.SaveTurnAsync(Ct);

        // The group writer saves the turn on its own connection and hands the context a fresh one of its own, which it
        // does only for a context whose connection was closed; saving alone would have kept this one.
        Assert.NotSame(ownConnection, db.Database.GetDbConnection());
        Assert.Equal(ConnectionState.Closed, ownConnection.State);
        await using var check = database.CreateContext();
        Assert.Equal(1, await check.ProcessedActivities.CountAsync(p => p.ActivityId == "activity-1", Ct));
    }

    [Fact]
    public async Task A_query_that_fails_while_shared_leaves_the_context_usable_and_the_lease_still_closes()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        await using var db = database.CreateContext();

        await using (db.Share())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.ProcessedActivities.SingleAsync(p => p.ActivityId == "none", Ct));
            Assert.Equal(0, await db.ProcessedActivities.CountAsync(Ct));
        }

        Assert.Equal(ConnectionState.Closed, db.Database.GetDbConnection().State);
    }

    private static async Task ThreeQueriesAsync(CaseCoachDbContext db)
    {
        await db.ProcessedActivities.CountAsync(Ct);
        await db.People.AnyAsync(Ct);
        await db.Jurisdictions.ToListAsync(Ct);
    }

    private static Func<int> CountOpens(CaseCoachDbContext db)
    {
        var opens = 0;
        db.Database.GetDbConnection().StateChange += (_, e) => { if (e.CurrentState == ConnectionState.Open) opens++; };
        return () => opens;
    }
}
