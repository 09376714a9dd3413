using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// `actionItems.addRow`: open the form for a waiting session or a picked case, or add one more action-item row,
/// keeping what was typed. A session already documented (or not the actor's) is refused, nothing shown.
/// </summary>
public sealed class AddRowAction(TurnActor actor, CoachingRecordForm form, RefusalResponses refusals) : ICardActionHandler
{
    public static readonly Refusal PickCase = new(RefusalCode.Invalid, "coaching-record-pick-case");

    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (await actor.PersonAsync(turn, cancellationToken) is not { } author || !CoachingRecordChoices.MayDocument(author))
            return refusals.For(CoachingSessionRules.QualityTeamOnly, turn.Verb);
        var data = turn.DataAs<CoachingRecordData>();
        var session = await form.SessionAsync(data, author, actor.Now, cancellationToken);
        if (data?.Session is not null && session is null) return refusals.For(CoachingSessionRules.SessionGone, turn.Verb);
        var caseId = session?.Who.Review.CaseId ?? data?.Case;
        return caseId is { } id
            && await form.FormAsync(id, author, data, Math.Min((data?.Rows ?? 0) + 1, CoachingSessionRules.MaxItems), "", actor.Now, cancellationToken, session) is { } card
            ? InvokeResponse.Card(card)
            : refusals.For(PickCase, turn.Verb);
    }
}
