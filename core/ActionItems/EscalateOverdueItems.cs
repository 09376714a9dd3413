using CaseCoach.Core.Application;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CaseCoach.Core.ActionItems;

public sealed record EscalateOverdueItemsCommand(Checklist Checklist, IReadOnlyList<ActionItem> Items, string Key, ActionItemClock Clock);

/// <summary>
/// R22, R23: overdue items still unresolved at close of business the day after are escalated to the directors
/// (<see cref="EscalationRecipients"/>): an <see cref="AccountabilityStaffing"/> to book, one email, and a card in each
/// director's chat, carrying the repeat count (<see cref="RepeatStaffing"/>). The caller commits.
/// </summary>
public sealed class EscalateOverdueItems(CaseCoachDbContext db, ActionItemCalendar calendar, EscalationRecipients recipients, INotifier notifier, IMailer mailer)
{
    /// <summary>Read once per unit per scope: a sweep run escalates many sessions of the same few units.</summary>
    private readonly ReadOnce<long, string> _unitNames = new();

    public async Task<AccountabilityStaffing> HandleAsync(EscalateOverdueItemsCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var (checklist, items, clock) = (command.Checklist, command.Items, command.Clock);
        var staffing = AccountabilityStaffing.Escalate(checklist.Case.Id, checklist.Case.CaseworkerId, checklist.Case.UnitId,
            items.Select(i => i.Id), items.Min(i => i.DueOn), command.Key, clock.Now);
        db.Add(staffing);
        var repeat = await RepeatStaffing.OfAsync(db, staffing, cancellationToken);
        var directors = await recipients.DirectorsAsync(checklist, cancellationToken);
        var jurisdiction = await calendar.JurisdictionAsync(cancellationToken);
        var (to, cc) = (Recipients.Of(directors), Recipients.Of(jurisdiction?.EscalationContactEmails ?? []));
        var emailed = to.Count + cc.Count > 0;
        if (emailed) // nobody configured yet (no director of quality): the cards still go out
            await mailer.SendAsync(new EscalationMail(checklist, items, repeat, clock, jurisdiction?.TimeZone ?? "Etc/UTC", command.Key, to, cc,
                Recipients.Of(directors.Where(d => d.Role == Organisation.Role.DirectorOfQuality)).FirstOrDefault()), cancellationToken);
        var unitName = await _unitNames.GetAsync(checklist.Case.UnitId, (unitId, ct) =>
            db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => u.Name).SingleAsync(ct), cancellationToken);
        foreach (var director in directors)
            await notifier.NotifyAsync(new EscalationCopy(director, staffing, checklist, unitName, repeat, clock)
            {
                Emailed = emailed && to.Any(a => string.Equals(a.Address, director.Email, StringComparison.OrdinalIgnoreCase)),
            }, cancellationToken);
        return staffing;
    }
}
