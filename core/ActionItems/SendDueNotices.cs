using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;

namespace CaseCoach.Core.ActionItems;

public sealed record SendDueNoticesCommand(Checklist Checklist, NoticeKind Kind, IReadOnlyList<DueNotice> Notices, ActionItemClock Clock);

/// <summary>
/// One group of sweep notices (same session, same kind): the notice rows, a fidelity event per item (R24) and the
/// messages: the reminder and overdue chat notices (R20), the overdue email (R21) or the escalation (R22). The
/// caller commits, and loads the session's checklist (the sweep, for a batch of sessions at once: <see cref="ActionItemWork.LoadManyAsync"/>).
/// The messages' causes derive from the group's first notice key, as unique as the notices.
/// </summary>
public sealed class SendDueNotices(
    CaseCoachDbContext db, ActionItemCalendar calendar, INotifier notifier, IMailer mailer,
    EscalationRecipients recipients, EscalateOverdueItems escalate)
{
    public async Task HandleAsync(SendDueNoticesCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var clock = command.Clock;
        var checklist = command.Checklist;
        var ids = command.Notices.Select(n => n.ActionItemId).ToHashSet();
        var items = checklist.Items.Where(i => ids.Contains(i.Id)).ToList();
        foreach (var notice in command.Notices)
        {
            db.Add(ActionItemNotice.Sent(notice.Kind, notice.ActionItemId, notice.DueOn, clock.Now));
            // The chat notices' events are their delivery receipts (DueItemsNotice.Receipts): written once delivered.
            if (command.Kind is not (NoticeKind.Reminder or NoticeKind.Overdue))
                db.Add(items.Single(i => i.Id == notice.ActionItemId).Event(EventKind(command.Kind), null, clock.Now));
        }

        var key = command.Notices.Select(n => n.Key).Order(StringComparer.Ordinal).First();
        switch (command.Kind)
        {
            case NoticeKind.Reminder or NoticeKind.Overdue:
                foreach (var person in new[] { checklist.Caseworker, checklist.Supervisor }.DistinctBy(p => p.Id))
                    await notifier.NotifyAsync(new DueItemsNotice(person, command.Kind, checklist, items, clock, key), cancellationToken);
                if (command.Kind == NoticeKind.Overdue) // the cards now say "Overdue"
                    foreach (var viewer in checklist.Viewers)
                        await notifier.UpdateDeliveredAsync(new ChecklistCopy(viewer, checklist, clock), cancellationToken);
                break;
            case NoticeKind.OverdueEmail:
                var jurisdiction = await calendar.JurisdictionAsync(cancellationToken);
                await mailer.SendAsync(new OverdueMail(checklist, items, await recipients.ProgramDirectorAsync(checklist, cancellationToken),
                    jurisdiction?.CloseOfBusiness ?? new TimeOnly(17, 0), key, Recipients.Of([checklist.Caseworker]),
                    Recipients.Of([checklist.Supervisor, checklist.Reviewer])), cancellationToken);
                break;
            case NoticeKind.Escalation:
                await escalate.HandleAsync(new EscalateOverdueItemsCommand(checklist, items, key, clock), cancellationToken);
                break;
        }
    }

    private static string EventKind(NoticeKind kind) => kind switch
    {
        NoticeKind.OverdueEmail => FidelityEventKinds.OverdueEmailSent,
        _ => FidelityEventKinds.Escalated,
    };
}
