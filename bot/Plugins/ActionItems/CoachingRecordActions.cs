using System.Globalization;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Turns;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>`record coaching`: the quality team documents a session after it took place (R16).</summary>
public sealed class RecordCoachingCommandHandler(CaseCoachDbContext db, CoachingRecordForm form) : IChatCommandHandler
{
    public async Task HandleAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var person = await db.People.AsNoTracking().SingleOrDefaultAsync(p => p.AadObjectId == turn.UserAadObjectId, cancellationToken);
        if (person?.Role is not (Role.Reviewer or Role.QaSupervisor))
        {
            turn.SendText("Coaching sessions are documented by the quality team. Type **my tasks** to see your action items.");
            return;
        }
        turn.SendCard(await form.PickCaseAsync(cancellationToken));
    }
}

/// <summary>`actionItems.addRow`: continue from the case picker, or add one more action-item row, keeping what was typed.</summary>
public sealed class AddRowAction(CaseCoachDbContext db, CoachingRecordForm form) : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (await QualityTeam.AuthorAsync(db, turn, cancellationToken) is not { } author)
            return QualityTeam.Refused;
        var caseText = turn.DataString("caseId") is { Length: > 0 } chosen ? chosen : turn.DataString("pickCase");
        _ = int.TryParse(turn.DataString("rowCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var rows);
        return long.TryParse(caseText, NumberStyles.None, CultureInfo.InvariantCulture, out var caseId)
            && await form.FormAsync(caseId, author, turn, Math.Min(rows + 1, 20), "", cancellationToken) is { } card
            ? InvokeResponse.Card(card)
            : InvokeResponse.Error(400, "BadRequest", "Pick the case the session was about.");
    }
}

/// <summary>
/// `actionItems.recordCoaching`: saves the record and its items and sends the checklist and the email (R15-R17). A
/// refusal (owner outside the case, due date in the past, nothing about the concerns) comes back on the same form.
/// </summary>
public sealed class RecordCoachingAction(CaseCoachDbContext db, CoachingRecordForm form, RecordCoaching record, ChecklistCards checklists, TimeProvider time)
    : ICardActionHandler
{
    public async Task<InvokeResponse> HandleAsync(CardActionTurn turn, CancellationToken cancellationToken)
    {
        if (await QualityTeam.AuthorAsync(db, turn, cancellationToken) is not { } author)
            return QualityTeam.Refused;
        if (!long.TryParse(turn.DataString("caseId"), NumberStyles.None, CultureInfo.InvariantCulture, out var caseId))
            return InvokeResponse.Error(400, "BadRequest", "Pick the case the session was about.");
        _ = int.TryParse(turn.DataString("rowCount"), NumberStyles.None, CultureInfo.InvariantCulture, out var rows);

        var (command, error) = await form.ReadAsync(caseId, author, turn, Math.Min(rows, 20), cancellationToken);
        if (command is not null)
        {
            try
            {
                var checklist = await record.HandleAsync(command, author, cancellationToken);
                return InvokeResponse.Card(await checklists.RenderAsync(checklist, author, time.GetUtcNow(), cancellationToken));
            }
            catch (ActionItemRuleException refused)
            {
                error = refused.Message;
            }
        }
        return await form.FormAsync(caseId, author, turn, rows, error, cancellationToken) is { } card
            ? InvokeResponse.Card(card)
            : InvokeResponse.Error(404, "NotFound", error);
    }
}

internal static class QualityTeam
{
    public static readonly InvokeResponse Refused =
        InvokeResponse.Error(403, "Forbidden", "Only the quality team (reviewers and QA supervisors) documents coaching sessions.");

    public static Task<Person?> AuthorAsync(CaseCoachDbContext db, CardActionTurn turn, CancellationToken cancellationToken) =>
        db.People.SingleOrDefaultAsync(p => p.AadObjectId == turn.UserAadObjectId
            && (p.Role == Role.Reviewer || p.Role == Role.QaSupervisor), cancellationToken);
}
