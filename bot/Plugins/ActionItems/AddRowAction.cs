using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`actionItems.addRow`: continue from the case picker, or add one more action-item row, keeping what was typed.</summary>
public sealed class AddRowAction(TurnActor actor, CoachingRecordForm form, RefusalResponses refusals) : ICardActionHandler
{
    public static readonly Refusal PickCase = new(RefusalCode.Invalid, "coaching-record-pick-case");

    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (await actor.PersonAsync(turn, cancellationToken) is not { } author || !CoachingRecordChoices.MayDocument(author))
            return refusals.For(CoachingSessionRules.QualityTeamOnly, turn.Verb);
        var data = turn.DataAs<CoachingRecordData>();
        return data?.Case is { } caseId
            && await form.FormAsync(caseId, author, data, Math.Min(data.Rows + 1, CoachingSessionRules.MaxItems), "", actor.Now, cancellationToken) is { } card
            ? InvokeResponse.Card(card)
            : refusals.For(PickCase, turn.Verb);
    }
}
