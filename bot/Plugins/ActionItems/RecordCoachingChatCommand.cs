using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`record coaching`: the quality team documents a session after it took place (R16); first, the case.</summary>
public sealed class RecordCoachingCommandHandler(TurnActor actor, CoachingRecordForm form, RefusalResponses refusals) : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if ((await actor.PersonAsync(turn, cancellationToken))?.Role is not (Role.Reviewer or Role.QaSupervisor))
            turn.SendText(refusals.Text(CoachingSessionRules.QualityTeamOnly));
        else
            turn.SendCard(await form.PickCaseAsync(cancellationToken));
    }
}
