using CaseCoach.Bot.Conversations;
using System.Globalization;
using System.Text;
using System.Text.Json;
using CaseCoach.Bot.Connector.Http;
using CaseCoach.Bot.Connector.Schema;
using CaseCoach.Bot.Mail;
using CaseCoach.Cards.Mail;
using CaseCoach.Core.Coaching;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Organisation;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using MailAddress = CaseCoach.Core.Mail.EmailAddress;

namespace CaseCoach.Bot.Plugins.Coaching;

/// <summary>
/// Everything coaching sends, written to the outbox in the caller's transaction: the poll card in the supervisor's
/// Teams chat, the request email with the same card for Outlook, in-place card updates and calendar invitations.
/// </summary>
public sealed class CoachingMessages(CaseCoachDbContext db, PersonalChats chats, OutboxWriter outbox, IEmailTemplateRenderer templates, ILogger<CoachingMessages> logger)
{
    public sealed record CoachingRequestModel(
        string CaseworkerFirstName, string SupervisorFirstName, string CaseName, string CaseNumber, int DurationMinutes,
        IReadOnlyList<string> ProposedTimes, string MeetingModes, string ReviewerName, string QaSupervisorName);

    /// <summary>The poll card to the caseworker's supervisor's 1:1 chat; false when the bot is not installed there.</summary>
    public async Task<bool> SendPollAsync(CoachingRequest request, Person supervisor, JsonElement card, CancellationToken cancellationToken)
    {
        if (await chats.FindAsync(supervisor.AadObjectId, cancellationToken) is not { } reference)
        {
            Log.NoConversation(logger, supervisor.Id);
            return false;
        }

        outbox.Enqueue(TeamsOutbox.MessageKind, PollKey(request, supervisor.AadObjectId), TeamsOutbox.MessagePayload(reference, CardActivity(card)));
        return true;
    }

    /// <summary>
    /// Replaces every delivered poll card of the request with <paramref name="card"/>, using the activity id the
    /// Connector returned for it, so everyone who has the card sees the same state.
    /// </summary>
    public async Task UpdatePollsAsync(CoachingRequest request, JsonElement card, CancellationToken cancellationToken)
    {
        var prefix = PollKey(request, "");
        var sent = await db.OutboxMessages
            .Where(m => m.Kind == TeamsOutbox.MessageKind && m.IdempotencyKey.StartsWith(prefix) && m.ExternalId != null)
            .Select(m => new { m.Payload, m.ExternalId })
            .ToListAsync(cancellationToken);
        foreach (var message in sent)
        {
            var payload = JsonSerializer.Deserialize<TeamsMessagePayload>(message.Payload, BotJson.Options)!;
            outbox.Enqueue(TeamsOutbox.UpdateKind, $"coaching-poll-update:{request.Key}:{request.Version}:{message.ExternalId}",
                TeamsOutbox.UpdatePayload(payload.Reference, message.ExternalId!, CardActivity(card)));
        }
    }

    /// <summary>
    /// R14: the request email to the caseworker and supervisor, copied to the quality team. Outlook shows the card
    /// (an actionable message); other clients show the HTML body, which lists the times.
    /// </summary>
    public async Task EmailRequestAsync(CoachingRequest request, CoachingParticipants who, JsonElement card, int minutes, CancellationToken cancellationToken)
    {
        var zone = who.Zone;
        var times = request.Slots.Select(s => Describe(s.Start, zone)).ToList();
        var model = new CoachingRequestModel(CoachingCards.FirstName(who.Caseworker.Name), CoachingCards.FirstName(who.Supervisor.Name),
            who.Review.Case.Name, who.Review.Case.ExternalCaseId, minutes, times, "on Teams, by phone or in person", who.Reviewer.Name, who.QaSupervisor.Name);
        var rendered = await templates.RenderAsync("coaching-request", model, cancellationToken);
        var key = $"coaching-request:{request.Key}";
        Enqueue(new EmailMessage(key, [To(who.Caseworker), To(who.Supervisor)], Copies(who, who.Caseworker, who.Supervisor),
            rendered.Subject, ActionableHtml(card, rendered.Html), rendered.Text));
    }

    /// <summary>The calendar invitation (.ics) for every attendee, when the calendar sends none itself (the local calendar).</summary>
    public void EmailInvitation(CoachingParticipants who, string ics, string key, string subject, DateTimeOffset start) =>
        EmailCalendar(who.Distinct.Select(a => a.Person), ics, key, subject,
            $"Thanks for making the time! Our coaching conversation about {who.Review.Case.Name} is on {Describe(start, who.Zone)}. The invitation is attached.");

    /// <summary>An iCalendar REQUEST or CANCEL as an email attachment; <paramref name="text"/> is plain and becomes the body.</summary>
    public void EmailCalendar(IEnumerable<Person> people, string ics, string key, string subject, string text)
    {
        var method = ics.Contains("METHOD:CANCEL", StringComparison.Ordinal) ? "CANCEL" : "REQUEST";
        var html = $"<p>{System.Net.WebUtility.HtmlEncode(text)}</p>";
        Enqueue(new EmailMessage(key, people.Select(To).ToList(), [], subject, html, text,
            [new EmailAttachment("invite.ics", $"text/calendar; method={method}; charset=utf-8", Encoding.UTF8.GetBytes(ics))]));
    }

    public static string PollKey(CoachingRequest request, string aadObjectId) => $"coaching-poll:{request.Key}:{aadObjectId}";

    /// <summary>"Tuesday, November 24, 10:00 AM EST" in the jurisdiction's zone.</summary>
    public static string Describe(DateTimeOffset start, DateTimeZone zone) =>
        Instant.FromDateTimeOffset(start).InZone(zone).ToString("dddd, MMMM d, h:mm tt x", CultureInfo.InvariantCulture);

    /// <summary>bot-protocol 5.2: the card in a script in the head; JSON escapes '&lt;', so the card cannot close the script.</summary>
    private static string ActionableHtml(JsonElement card, string body) =>
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">" +
        $"<script type=\"application/adaptivecard+json\">{JsonSerializer.Serialize(card)}</script></head><body>{body}</body></html>";

    private static Activity CardActivity(JsonElement card) => new() { Type = "message", Attachments = [Attachment.AdaptiveCard(card)] };

    private void Enqueue(EmailMessage email) => outbox.Enqueue(EmailOutboxDeliverer.EmailKind, email.IdempotencyKey, email);

    private static List<MailAddress> Copies(CoachingParticipants who, params Person[] addressed) =>
        who.Distinct.Select(a => a.Person).Where(p => !addressed.Any(x => x.Id == p.Id)).Select(To).ToList();

    private static MailAddress To(Person person) => new(person.Email, person.Name);
}
