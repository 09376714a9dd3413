using CaseCoach.Core.Application;
using CaseCoach.Core.Organisation;

namespace CaseCoach.Core.ActionItems;

public sealed record ShowChecklistCommand(Person? Viewer, string? CoachingRecordId, DateTimeOffset Now);

/// <summary>`actionItems.refresh`: the opener's own view of a checklist (refresh.userIds), for the people who may see it.</summary>
public sealed class ShowChecklist(ActionItemWork work, ActionItemCalendar calendar)
{
    public static readonly Refusal Gone = new(RefusalCode.NotFound, "checklist-gone");
    public static readonly Refusal NotYours = new(RefusalCode.NotAllowed, "checklist-not-yours");

    public async Task<Result<ChecklistCopy>> HandleAsync(ShowChecklistCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (!Guid.TryParse(command.CoachingRecordId, out var recordId) || await work.LoadAsync(recordId, cancellationToken) is not { } checklist)
            return Gone;
        if (command.Viewer is not { } viewer || !checklist.MayView(viewer)) return NotYours;
        return Result<ChecklistCopy>.Done(new(viewer, checklist, await calendar.ClockAsync(command.Now, cancellationToken)));
    }
}
