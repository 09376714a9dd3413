using System.Text;
using System.Text.Json;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Bot.Plugins.ActionItems;

/// <summary>Payload of an outbox row of kind "actionItems.staffing": the accountability staffing to book (R22).</summary>
public sealed record StaffingBookingPayload(
    string IdempotencyKey, string Subject, string HtmlBody, string TextBody, DateTimeOffset Start, DateTimeOffset End,
    IReadOnlyList<BookingAttendee> Attendees);

/// <summary>
/// Books the staffing through <see cref="ICalendarProvider"/> (Graph sends the invitations; the local calendar returns
/// an .ics that goes out by email). The booking's idempotency key makes a retry book nothing new.
/// </summary>
internal sealed class StaffingBookingDeliverer(ICalendarProvider calendar, IMailSender mail) : IOutboxDeliverer
{
    public const string StaffingKind = "actionItems.staffing";

    public string Kind => StaffingKind;

    public async Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        StaffingBookingPayload? booking;
        try { booking = JsonSerializer.Deserialize<StaffingBookingPayload>(message.Payload, JsonSerializerOptions.Web); }
        catch (JsonException e) { return new DeliveryResult.Failed($"Unreadable staffing payload: {e.Message}"); }
        if (booking is null || booking.Attendees is not { Count: > 0 })
            return new DeliveryResult.Failed("A staffing booking needs attendees.");

        var request = new BookingRequest(booking.IdempotencyKey, booking.Subject, booking.HtmlBody,
            Instant.FromDateTimeOffset(booking.Start), Instant.FromDateTimeOffset(booking.End), booking.Attendees);
        switch (await calendar.CreateEventAsync(request, cancellationToken))
        {
            case CalendarResult<CalendarEvent>.Done { Value: var booked }:
                return booked.InvitationIcs is { } ics ? await InviteAsync(booking, booked, ics, cancellationToken) : new DeliveryResult.Delivered(booked.EventId);
            case CalendarResult<CalendarEvent>.Transient transient:
                return new DeliveryResult.RetryLater(transient.Reason, transient.RetryAfter);
            case CalendarResult<CalendarEvent>.Failed failed:
                return new DeliveryResult.Failed(failed.Reason);
            default:
                return new DeliveryResult.Failed("Unknown calendar result.");
        }
    }

    private async Task<DeliveryResult> InviteAsync(StaffingBookingPayload booking, CalendarEvent booked, string ics, CancellationToken cancellationToken)
    {
        var invitation = new EmailMessage("invite-" + booking.IdempotencyKey,
            booking.Attendees.Select(a => new EmailAddress(a.Email, a.Name)).ToList(), [], booking.Subject, booking.HtmlBody, booking.TextBody,
            [new EmailAttachment("invite.ics", "text/calendar; method=REQUEST", Encoding.UTF8.GetBytes(ics))]);
        return await mail.SendAsync(invitation, cancellationToken) switch
        {
            MailSendResult.Sent => new DeliveryResult.Delivered(booked.EventId),
            MailSendResult.Transient transient => new DeliveryResult.RetryLater(transient.Reason, transient.RetryAfter),
            MailSendResult.Rejected rejected => new DeliveryResult.Failed(rejected.Reason),
            _ => new DeliveryResult.Failed("Unknown mail result."),
        };
    }
}
