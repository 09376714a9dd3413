using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.Clocks;

/// <summary>
/// A hand-off's clock ran out: to a holder of the step (<see cref="HandOffStage.Nudge"/>), or to the QA supervisor
/// when it is still waiting a business day later. The words are the bot's (cards/text/handoff-*.liquid).
/// </summary>
public sealed record StalledHandOffNotice(Person Recipient, Cause Cause, HandOffStage Stage, StalledHandOff HandOff) : Notice(Recipient, Cause)
{
    /// <summary>A decision still pending has its own email wording; every other stalled step uses the generic notice.</summary>
    public override string EmailTwin => HandOff.Step == HandOffStep.Decision ? "decision-pending" : base.EmailTwin;

    /// <summary>One cause per stage and hand-off, so each recipient hears of it once (OutboxKeys).</summary>
    public static Cause CauseOf(HandOffStage stage, StalledHandOff handOff)
    {
        ArgumentNullException.ThrowIfNull(handOff);
        return new Cause($"handoff-{stage.Name()}-{handOff.Step.Name()}", handOff.Subject);
    }
}
