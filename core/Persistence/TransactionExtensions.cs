using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.Persistence;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs one unit of work (state change + audit + outbox rows) in a transaction inside the provider's
    /// execution strategy, so that SQL Server's retry-on-failure replays the whole unit, never half of it.
    /// The work must call SaveChangesAsync itself; an exception rolls everything back.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(
        this CaseCoachDbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        var strategy = db.Database.CreateExecutionStrategy();
        return strategy.ExecuteAsync(
            (db, work),
            async (_, state, ct) =>
            {
                await using var transaction = await state.db.Database.BeginTransactionAsync(ct);
                var result = await state.work(ct);
                await transaction.CommitAsync(ct);
                return result;
            },
            verifySucceeded: null,
            cancellationToken);
    }
}
