namespace CaseCoach.Bot.Turns;

/// <summary>
/// The turn's unit of work. <see cref="CommitAsync"/> writes, in one transaction, whatever the
/// handlers changed, the outgoing activities as outbox rows, the refreshed conversation coordinates
/// and the record that this delivery was processed (with its answer, for a redelivered invoke).
/// </summary>
public interface ITurnJournal
{
    /// <summary>The stored outcome of an earlier delivery of the same activity, if any.</summary>
    Task<TurnOutcome?> FindProcessedAsync(TurnKey key, CancellationToken cancellationToken);

    /// <summary>Commits the turn. Returns the earlier outcome instead when a concurrent delivery won the race.</summary>
    Task<TurnOutcome> CommitAsync(TurnKey? key, TurnContext turn, TurnOutcome outcome, CancellationToken cancellationToken);

    /// <summary>Forgets every uncommitted change, so the turn can run again from a clean state.</summary>
    void Discard();
}
