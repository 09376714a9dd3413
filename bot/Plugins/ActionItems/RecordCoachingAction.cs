using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Application;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// `actionItems.recordCoaching` adapter: the form as a command, <see cref="RecordCoachingSession"/>, then the author's
/// checklist. A refusal (owner outside the case, due date in the past, …) comes back on the same form, nothing lost.
/// </summary>
public sealed class RecordCoachingAction(
    RecordCoachingSession record, TurnActor actor, CoachingRecordForm form, ActionItemCards checklists, RefusalResponses refusals) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (await actor.PersonAsync(turn, cancellationToken) is not { } author || !CoachingRecordChoices.MayDocument(author))
            return refusals.For(CoachingSessionRules.QualityTeamOnly, turn.Verb);
        if (turn.DataAs<CoachingRecordData>() is not { Case: { } caseId } data)
            return refusals.For(AddRowAction.PickCase, turn.Verb);

        var people = await form.PeopleAsync(caseId, author, cancellationToken);
        var command = data.ToCommand(author, caseId, people, actor.Now);
        Result<ChecklistCopy> result = command.Value is { } valid ? await record.HandleAsync(valid, cancellationToken) : command.Refusal!;
        if (result.Value is { } done) return checklists.Show(done);
        var error = refusals.Text(result.Refusal!);
        var session = await form.SessionAsync(data, author, actor.Now, cancellationToken);
        return await form.FormAsync(caseId, author, data, data.Rows, error, actor.Now, cancellationToken, session) is { } card
            ? InvokeResponse.Card(card)
            : refusals.For(result.Refusal!, turn.Verb);
    }
}
