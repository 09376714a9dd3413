using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`record coaching`: the quality team documents a session after it took place (R16); first, the case.</summary>
public sealed class RecordCoachingCommandHandler(TurnActor actor, CoachingRecordForm form, RefusalResponses refusals) : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (!CoachingRecordChoices.MayDocument(await actor.PersonAsync(turn, cancellationToken)))
            turn.SendText(refusals.Text(CoachingSessionRules.QualityTeamOnly));
        else
            turn.SendCard(await form.PickCaseAsync(cancellationToken));
    }
}
