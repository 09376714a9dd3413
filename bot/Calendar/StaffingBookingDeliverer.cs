using System.Text;
using System.Text.Json;
using CaseCoach.Cards.ActionItems;
using CaseCoach.Cards.Text;
using CaseCoach.Core.ActionItems;
using CaseCoach.Core.Mail;
using CaseCoach.Core.Outbox;
using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Bot.Calendar;

/// <summary>
/// Books a <see cref="StaffingBooking"/> through <see cref="ICalendarProvider"/> (Graph sends the invitations; the local
/// calendar returns an .ics that goes out by email). The title and body are templates; the title names no family.
/// The booking's idempotency key makes a retry book nothing new.
/// </summary>
internal sealed class StaffingBookingDeliverer(ICalendarProvider calendar, IMailSender mail, ITextRenderer texts) : IOutboxDeliverer
{
    public string Kind => StaffingBooking.Kind;

    public async Task<DeliveryResult> DeliverAsync(OutboxEnvelope message, CancellationToken cancellationToken)
    {
        StaffingBooking? booking;
        try { booking = JsonSerializer.Deserialize<StaffingBooking>(message.Payload, JsonSerializerOptions.Web); }
        catch (JsonException e) { return new DeliveryResult.Failed($"Unreadable staffing payload: {e.Message}"); }
        if (booking is null || booking.Attendees is not { Count: > 0 })
            return new DeliveryResult.Failed("A staffing booking needs attendees.");

        var subject = texts.Render(new StaffingTitle(booking.CaseNumber));
        var text = texts.Render(new StaffingBody(booking.CaseName, booking.OverdueItems ?? []));
        var html = "<p>" + System.Net.WebUtility.HtmlEncode(text) + "</p>";
        var request = new BookingRequest(booking.IdempotencyKey, subject, html,
            Instant.FromDateTimeOffset(booking.Start), Instant.FromDateTimeOffset(booking.End), booking.Attendees);
        return await calendar.CreateEventAsync(request, cancellationToken) switch
        {
            CalendarResult<CalendarEvent>.Done { Value: var booked } => booked.InvitationIcs is { } ics
                ? await InviteAsync(booking, subject, html, text, booked, ics, cancellationToken)
                : new DeliveryResult.Delivered(booked.EventId),
            CalendarResult<CalendarEvent>.Transient transient => new DeliveryResult.RetryLater(transient.Reason, transient.RetryAfter),
            CalendarResult<CalendarEvent>.Failed failed => new DeliveryResult.Failed(failed.Reason),
            _ => new DeliveryResult.Failed("Unknown calendar result."),
        };
    }

    private async Task<DeliveryResult> InviteAsync(
        StaffingBooking booking, string subject, string html, string text, CalendarEvent booked, string ics, CancellationToken cancellationToken)
    {
        var invitation = new EmailMessage("invite-" + booking.IdempotencyKey,
            booking.Attendees.Select(a => new EmailAddress(a.Email, a.Name)).ToList(), [], subject, html, text,
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
