using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// `record coaching`: the quality team documents a session after it took place (R16): the booked sessions waiting for
/// the person's record, and the reviewed cases for a session held outside the bot.
/// </summary>
public sealed class RecordCoachingCommandHandler(TurnActor actor, CoachingRecordForm form, RefusalResponses refusals) : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (await actor.PersonAsync(turn, cancellationToken) is not { } author || !CoachingRecordChoices.MayDocument(author))
            turn.SendText(refusals.Text(CoachingSessionRules.QualityTeamOnly));
        else
            turn.SendCard(await form.PickCaseAsync(author, actor.Now, cancellationToken));
    }
}
