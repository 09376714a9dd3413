using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Tests.Persistence;
using Microsoft.EntityFrameworkCore;
using Xunit;

namespace CaseCoach.Tests.Outbox;

public sealed class OutboxWriterTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task Outbox_row_commits_with_the_state_change_in_one_SaveChanges(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using (var db = database.CreateContext())
        {
            db.People.Add(Person.Create("aad-1", "pat@demo.example", "Pat", "", Role.Caseworker, "UTC"));
            new OutboxWriter(db, OutboxTestKit.NewClock()).Enqueue("email", "welcome:aad-1", new { to = "aad-1" });
            await db.SaveChangesAsync(Ct);
        }

        var row = Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct));
        Assert.Equal(OutboxStatus.Pending, row.Status);
        Assert.Equal(OutboxTestKit.Start, row.NextAttemptAt);
        Assert.Equal("""{"to":"aad-1"}""", row.Payload);
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_rolled_back_state_change_leaves_no_outbox_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using (var db = database.CreateContext())
        {
            // Inside the execution strategy, as a server database's retrying strategy requires.
            await db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
            {
                await using var transaction = await db.Database.BeginTransactionAsync(Ct);
                db.People.Add(Person.Create("aad-1", "pat@demo.example", "Pat", "", Role.Caseworker, "UTC"));
                new OutboxWriter(db, OutboxTestKit.NewClock()).Enqueue("email", "welcome:aad-1", new { to = "aad-1" });
                await db.SaveChangesAsync(Ct);
                await transaction.RollbackAsync(Ct);
            });
        }

        await using var read = database.CreateContext();
        Assert.Empty(await read.OutboxMessages.ToListAsync(Ct));
        Assert.Empty(await read.People.ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task A_unit_of_work_that_throws_after_saving_writes_neither_state_nor_outbox_row(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        await using (var db = database.CreateContext())
        {
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.InTransactionAsync<int>(async ct =>
            {
                db.People.Add(Person.Create("aad-1", "pat@demo.example", "Pat", "", Role.Caseworker, "UTC"));
                new OutboxWriter(db, OutboxTestKit.NewClock()).Enqueue("email", "welcome:aad-1", new { to = "aad-1" });
                await db.SaveChangesAsync(ct);
                throw new InvalidOperationException("a later rule refused the change");
            }, Ct));
        }

        await using var read = database.CreateContext();
        Assert.Empty(await read.OutboxMessages.ToListAsync(Ct));
        Assert.Empty(await read.People.ToListAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(Databases.Both), MemberType = typeof(Databases))]
    public async Task The_same_idempotency_key_twice_is_refused_and_the_first_row_stays(DatabaseProvider provider)
    {
        await using var database = await TestDatabase.CreateMigratedAsync(provider, Ct);
        var clock = OutboxTestKit.NewClock();
        await OutboxTestKit.WriteRowsAsync(database, clock, 1, Ct);

        await using var db = database.CreateContext();
        new OutboxWriter(db, clock).Enqueue(RecordingDeliverer.DefaultKind, "key-0", """{"again":true}""");

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
        Assert.DoesNotContain("again", Assert.Single(await OutboxTestKit.ReadRowsAsync(database, Ct)).Payload);
    }

    [Fact]
    public async Task A_payload_that_is_not_json_is_refused_and_nothing_is_added()
    {
        await using var database = TestDatabase.CreateEmpty();
        await using var db = database.CreateContext();
        var writer = new OutboxWriter(db, OutboxTestKit.NewClock());

        Assert.Throws<ArgumentException>(() => writer.Enqueue("email", "k", "not json"));
        Assert.Empty(db.ChangeTracker.Entries());
    }
}
