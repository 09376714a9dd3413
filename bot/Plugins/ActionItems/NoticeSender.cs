using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Persistence;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>
/// Adds one group of sweep notices (same session, same kind) to the context: the notice rows, a fidelity event per
/// item (R24) and the messages. The caller commits. Outbox keys derive from the group's first notice key, so they
/// are as unique as the notices themselves.
/// </summary>
public sealed class NoticeSender(
    CaseCoachDbContext db, ActionItemsContext context, ChecklistCards checklists, Proactive proactive, ActionItemsEmails emails,
    Escalations escalations)
{
    public async Task SendAsync(Guid coachingRecordId, NoticeKind kind, IReadOnlyList<DueNotice> notices, CancellationToken cancellationToken)
    {
        var clock = await context.ClockAsync(cancellationToken);
        var checklist = (await checklists.LoadAsync(coachingRecordId, cancellationToken))!;
        var ids = notices.Select(n => n.ActionItemId).ToHashSet();
        var items = checklist.Items.Where(i => ids.Contains(i.Id)).ToList();
        foreach (var notice in notices)
        {
            db.Add(ActionItemNotice.Sent(notice.Key, notice.ActionItemId, clock.Now));
            db.Add(items.Single(i => i.Id == notice.ActionItemId).Event(EventKind(kind), null, clock.Now));
        }

        var key = notices.Select(n => n.Key).Order(StringComparer.Ordinal).First();
        switch (kind)
        {
            case NoticeKind.Reminder or NoticeKind.Overdue:
                foreach (var person in new[] { checklist.Caseworker, checklist.Supervisor })
                {
                    var lines = items.Select(i => $"- {i.Description} ({DuePhrase.For(i.DueOn, true, clock.Now, person.TimeZone)})");
                    var text = kind == NoticeKind.Reminder
                        ? $"A friendly reminder about the action items for **{checklist.Case.Name}**:\n\n{string.Join("\n", lines)}\n\nWhen one is done and documented, mark it on the checklist card. If something is in the way, report the barrier there and we'll work it out."
                        : $"These action items for **{checklist.Case.Name}** are now past due:\n\n{string.Join("\n", lines)}\n\nPlease mark them done on the checklist card, or report a barrier today so it can be addressed.";
                    await proactive.SendAsync(person, $"{key}:to:{person.Id}", new Activity { Type = "message", Text = text, TextFormat = "markdown" }, cancellationToken);
                }
                if (kind == NoticeKind.Overdue)
                    await checklists.UpdateEverywhereAsync(checklist, clock.Now, cancellationToken); // the cards now say "Overdue"
                break;
            case NoticeKind.OverdueEmail:
                await emails.OverdueAsync(checklist, items, key, await escalations.ProgramDirectorAsync(checklist, cancellationToken), cancellationToken);
                break;
            case NoticeKind.Escalation:
                await escalations.EscalateAsync(checklist, items, key, cancellationToken);
                break;
        }
    }

    private static string EventKind(NoticeKind kind) => kind switch
    {
        NoticeKind.Reminder => FidelityEventKinds.ReminderSent,
        NoticeKind.Overdue => FidelityEventKinds.OverdueNoticeSent,
        NoticeKind.OverdueEmail => FidelityEventKinds.OverdueEmailSent,
        _ => FidelityEventKinds.Escalated,
    };
}
