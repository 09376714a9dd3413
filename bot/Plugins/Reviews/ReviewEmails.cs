using System.Globalization;
using CaseCoach.Bot.Mail;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.Instruments;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using CaseCoach.Core.Reviews;
using Microsoft.EntityFrameworkCore;
using MailAddress = CaseCoach.Core.Mail.EmailAddress;

namespace CaseCoach.Bot.Plugins.Reviews;

/// <summary>The review's emails, rendered from cards/email and written to the outbox in the caller's transaction.</summary>
public sealed class ReviewEmails(CaseCoachDbContext db, OutboxWriter outbox, IEmailTemplateRenderer templates)
{
    public sealed record NotificationModel(
        string CaseworkerFirstName, string SupervisorFirstName, string CaseName, string CaseNumber, string InstrumentName,
        string DueDateText, IReadOnlyList<string> MissingDocuments, string ReviewerName, bool TentativeHold);

    public sealed record NoCoachingNeededModel(
        string CaseworkerFirstName, string CaseName, string CaseNumber, IReadOnlyList<string> Strengths, IReadOnlyList<string> Opportunities, string QaSupervisorName);

    /// <summary>R10: the case is under review, when it should finish, and an invitation to send missing paperwork.</summary>
    public async Task NotifyReviewStartedAsync(Review review, Instrument instrument, CancellationToken cancellationToken)
    {
        var reviewed = review.Case;
        var model = new NotificationModel(FirstName(reviewed.Caseworker), FirstName(reviewed.Supervisor), reviewed.Name,
            reviewed.ExternalCaseId, instrument.Name, review.DueOn.ToString("dddd, MMMM d", CultureInfo.InvariantCulture), [],
            review.Reviewer.Name, review.CoachingHoldRequested);
        var rendered = await templates.RenderAsync("notification", model, cancellationToken);
        Enqueue($"review-started:{review.Key}", [To(reviewed.Caseworker), To(reviewed.Supervisor)], [To(review.Reviewer)], rendered);
    }

    /// <summary>
    /// R9: congratulations to the caseworker, copied to their supervisor, the program administrator(s) of the
    /// case's unit (all of them when the unit has none) and the jurisdiction's designated parties.
    /// </summary>
    public async Task SendNoCoachingNeededAsync(Review review, Person qaSupervisor, CancellationToken cancellationToken)
    {
        var reviewed = review.Case;
        var administrators = await db.People.Where(p => p.Role == Role.ProgramAdministrator).ToListAsync(cancellationToken);
        var ofUnit = administrators.Where(p => p.UnitId == reviewed.UnitId).ToList();
        var cc = new List<MailAddress> { To(reviewed.Supervisor) };
        cc.AddRange((ofUnit.Count > 0 ? ofUnit : administrators).Select(To));
        cc.AddRange(review.Jurisdiction.DesignatedRecipientEmails.Select(e => new MailAddress(e)));
        cc.Add(To(qaSupervisor));

        var model = new NoCoachingNeededModel(FirstName(reviewed.Caseworker), reviewed.Name, reviewed.ExternalCaseId, Items(review.Strengths),
            Items(review.Opportunities), qaSupervisor.Name);
        var rendered = await templates.RenderAsync("no-coaching-needed", model, cancellationToken);
        Enqueue($"no-coaching-needed:{review.Key}", [To(reviewed.Caseworker)], cc, rendered);
    }

    private void Enqueue(string key, IReadOnlyList<MailAddress> to, IEnumerable<MailAddress> cc, RenderedEmail rendered)
    {
        var recipients = to.Select(a => a.Address).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var copies = cc.Where(a => recipients.Add(a.Address)).ToList(); // nobody gets the same email twice
        outbox.Enqueue(EmailOutboxDeliverer.EmailKind, key, new EmailMessage(key, to, copies, rendered.Subject, rendered.Html, rendered.Text));
    }

    private static MailAddress To(Person person) => new(person.Email, person.Name);

    private static string FirstName(Person person) => person.Name.Split(' ', StringSplitOptions.RemoveEmptyEntries)[0];

    /// <summary>The survey's summaries are free text: each line (bullets stripped) becomes one item of the email's list.</summary>
    private static List<string> Items(string text) =>
        text.Split('\n').Select(l => l.Trim().TrimStart('-', '*', '•').Trim()).Where(l => l.Length > 0).ToList();
}
