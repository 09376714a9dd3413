namespace CaseCoach.Core.Outbox;

/// <summary>
/// Told when a row failed for good, so a final failure is never silent (issue 12): the bot shows it to the QA
/// supervisor. Called after the failure is recorded; an alarm that throws is logged and does not undo it.
/// </summary>
public interface IOutboxFailureAlarm
{
    Task RaiseAsync(OutboxEnvelope message, string reason, CancellationToken cancellationToken);
}
