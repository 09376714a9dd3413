using System.Globalization;
using CaseCoach.Bot.Mail;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using CoreMail = CaseCoach.Core.Mail;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>The action-items (R17), overdue (R21) and escalation (R22) emails, queued in the outbox as "email" rows.</summary>
public sealed class ActionItemsEmails(
    CaseCoachDbContext db, IEmailTemplateRenderer templates, OutboxWriter outbox, ActionItemsContext context)
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-US");

    /// <summary>R17: thanks, an appreciation, the list with due dates; to the caseworker, the supervisor and designated parties.</summary>
    public async Task<FidelityEvent> ActionItemsAsync(Checklist checklist, string appreciation, CancellationToken cancellationToken)
    {
        var jurisdiction = await context.JurisdictionAsync(cancellationToken);
        var model = new
        {
            CaseworkerFirstName = FirstName(checklist.Caseworker),
            CaseName = checklist.Case.Name,
            CaseNumber = checklist.Case.ExternalCaseId,
            Appreciation = string.IsNullOrWhiteSpace(appreciation)
                ? "Your openness in talking the case through made it easy to agree on next steps."
                : appreciation.Trim(),
            Items = checklist.Items.Select(i => new { i.Description, OwnerName = checklist.People[i.OwnerId].Name, DueDateText = DayText(i.DueOn) }),
            ReviewerName = checklist.Reviewer.Name,
        };
        var cc = new[] { checklist.Supervisor.Email }.Concat(jurisdiction?.DesignatedRecipientEmails ?? []);
        await QueueAsync("action-items", $"action-items-email:{checklist.Record.Id:N}", model, [checklist.Caseworker.Email], cc, cancellationToken);
        return checklist.Record.MarkActionItemsEmailed(context.Now);
    }

    /// <summary>R21: the firm status request, naming close of business today and the program director.</summary>
    public async Task OverdueAsync(Checklist checklist, IReadOnlyList<ActionItem> items, string key, Person? programDirector, CancellationToken cancellationToken)
    {
        var jurisdiction = await context.JurisdictionAsync(cancellationToken);
        var model = new
        {
            CaseworkerFirstName = FirstName(checklist.Caseworker),
            CaseName = checklist.Case.Name,
            CaseNumber = checklist.Case.ExternalCaseId,
            Items = items.Select(i => new { i.Description, DueDateText = DayText(i.DueOn) }),
            CloseOfBusinessText = (jurisdiction?.CloseOfBusiness ?? new TimeOnly(17, 0)).ToString("h:mm tt", English),
            ProgramDirectorName = programDirector?.Name ?? "the program director",
            ReviewerName = checklist.Reviewer.Name,
        };
        await QueueAsync("overdue", key, model, [checklist.Caseworker.Email], [checklist.Supervisor.Email], cancellationToken);
    }

    /// <summary>R22, R23: to the director of quality and the program director, copying the jurisdiction's escalation contacts.</summary>
    public async Task EscalationAsync(
        Checklist checklist, IReadOnlyList<ActionItem> items, string key, IReadOnlyList<Person> directors, string repeatWarning, CancellationToken cancellationToken)
    {
        var jurisdiction = await context.JurisdictionAsync(cancellationToken);
        var clock = await context.ClockAsync(cancellationToken);
        var model = new
        {
            CaseworkerName = checklist.Caseworker.Name,
            SupervisorName = checklist.Supervisor.Name,
            CaseName = checklist.Case.Name,
            CaseNumber = checklist.Case.ExternalCaseId,
            Items = items.Select(i => new
            {
                i.Description,
                OwnerName = checklist.People[i.OwnerId].Name,
                DueDateText = DayText(i.DueOn),
                OverdueText = DuePhrase.For(i.DueOn, true, clock.Now, jurisdiction?.TimeZone ?? "Etc/UTC"),
                Barrier = i.Barrier ?? "",
            }),
            RepeatWarning = repeatWarning,
            ReviewerName = checklist.Reviewer.Name,
        };
        await QueueAsync("escalation", key, model, directors.Select(d => d.Email), jurisdiction?.EscalationContactEmails ?? [], cancellationToken);
    }

    public static string DayText(DateOnly day) => day.ToString("dddd, MMMM d", English);

    private async Task QueueAsync(
        string template, string key, object model, IEnumerable<string> to, IEnumerable<string> cc, CancellationToken cancellationToken)
    {
        var toList = to.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        var ccList = cc.Distinct(StringComparer.OrdinalIgnoreCase).Where(a => !toList.Contains(a, StringComparer.OrdinalIgnoreCase)).ToList();
        if (toList.Count == 0 && ccList.Count == 0)
            return; // nobody configured to receive it (e.g. no director of quality yet): the Teams card still goes out
        var rendered = await templates.RenderAsync(template, model, cancellationToken);
        var names = await db.People.AsNoTracking().Where(p => toList.Contains(p.Email) || ccList.Contains(p.Email))
            .ToDictionaryAsync(p => p.Email, p => p.Name, cancellationToken);
        CoreMail.EmailAddress Address(string email) => new(email, names.GetValueOrDefault(email));
        var message = new CoreMail.EmailMessage(key, toList.Select(Address).ToList(), ccList.Select(Address).ToList(),
            rendered.Subject, rendered.Html, rendered.Text);
        outbox.Enqueue(EmailOutboxDeliverer.EmailKind, key, message);
    }

    private static string FirstName(Person person) => person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault() ?? person.Name;
}
