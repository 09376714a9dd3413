using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Persistence.Sqlite;
using CaseCoach.Tests.Connector;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace CaseCoach.Tests.Persistence;

/// <summary>Style item 33: a sweep reads only a unique-key violation as "already done" (R20-R22 notices), never any failure.</summary>
public sealed class UniqueViolationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;
    private static readonly DateTimeOffset Now = new(2026, 11, 30, 15, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task A_second_notice_with_the_same_key_is_a_unique_violation_R20()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        var itemId = Guid.NewGuid();
        await using (var db = database.CreateContext())
        {
            db.Add(ActionItemNotice.Sent(NoticeKind.Reminder, itemId, new DateOnly(2026, 12, 1), Now));
            await db.SaveChangesAsync(Ct);
        }
        await using var again = database.CreateContext();
        again.Add(ActionItemNotice.Sent(NoticeKind.Reminder, itemId, new DateOnly(2026, 12, 1), Now));

        var failure = await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync(Ct));

        Assert.True(failure.IsUniqueViolation());
    }

    [Fact]
    public async Task A_handled_unique_violation_leaves_no_error_in_the_log_R20()
    {
        await using var database = await TestDatabase.CreateMigratedAsync(Ct);
        using var capture = new CapturingLoggerProvider();
        using var loggers = LoggerFactory.Create(b => b.SetMinimumLevel(LogLevel.Debug).AddProvider(capture));
        var options = CaseCoachDbContextFactory.SqliteOptions($"Data Source={database.FilePath}", loggers);
        var itemId = Guid.NewGuid();
        await using (var db = new SqliteCaseCoachDbContext(options))
        {
            db.Add(ActionItemNotice.Sent(NoticeKind.Reminder, itemId, new DateOnly(2026, 12, 1), Now));
            await db.SaveChangesAsync(Ct);
        }
        await using var again = new SqliteCaseCoachDbContext(options);
        again.Add(ActionItemNotice.Sent(NoticeKind.Reminder, itemId, new DateOnly(2026, 12, 1), Now));

        await Assert.ThrowsAsync<DbUpdateException>(() => again.SaveChangesAsync(Ct));

        Assert.DoesNotContain(capture.Lines, l => l.StartsWith("Error", StringComparison.Ordinal) || l.StartsWith("Warning", StringComparison.Ordinal));
        Assert.Contains(capture.Lines, l => l.StartsWith("Debug: Failed executing DbCommand", StringComparison.Ordinal));
    }

    [Fact]
    public void A_failure_that_is_not_a_unique_key_is_not_read_as_already_done()
    {
        Assert.False(new DbUpdateException("connection lost", new InvalidOperationException("boom")).IsUniqueViolation());
        Assert.False(new DbUpdateException("no inner").IsUniqueViolation());
    }
}
