using System.Net;
using System.Text.RegularExpressions;
using CaseCoach.Core.Scheduling;
using IcalEvent = Ical.Net.CalendarComponents.CalendarEvent;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace CaseCoach.Bot.Calendar;

/// <summary>iTIP (RFC 5546) messages for the local calendar: what the email attaches so Outlook shows Accept/Decline.</summary>
internal static partial class Invitations
{
    public const string ProductId = "-//CaseCoach//Coaching sessions//EN";

    public static string Request(BookingRequest booking, string uid, int sequence, string organizer, Instant now)
    {
        var calendarEvent = new IcalEvent
        {
            Uid = uid,
            Sequence = sequence,
            DtStamp = Utc(now),
            DtStart = Utc(booking.Start),
            DtEnd = Utc(booking.End),
            Summary = booking.Subject,
            Description = PlainText(booking.HtmlBody),
            Status = "CONFIRMED",
            Organizer = new Organizer($"mailto:{organizer}"),
        };
        foreach (var attendee in booking.Attendees)
        {
            calendarEvent.Attendees.Add(new Attendee($"mailto:{attendee.Email}")
            {
                CommonName = attendee.Name,
                Role = attendee.Required ? "REQ-PARTICIPANT" : "OPT-PARTICIPANT",
                ParticipationStatus = "NEEDS-ACTION",
                Rsvp = true,
            });
        }

        return Serialize("REQUEST", calendarEvent);
    }

    /// <summary>The booked event, cancelled: same UID, a higher SEQUENCE, so calendars remove it.</summary>
    public static string Cancel(IcalEvent booked, string comment, Instant now)
    {
        booked.Sequence++;
        booked.DtStamp = Utc(now);
        booked.Status = "CANCELLED";
        booked.Comments = [comment];
        return Serialize("CANCEL", booked);
    }

    public static bool IsAttendee(IcalEvent calendarEvent, string email) =>
        calendarEvent.Attendees.Any(a => string.Equals(a.Value?.OriginalString, $"mailto:{email}", StringComparison.OrdinalIgnoreCase));

    private static string Serialize(string method, IcalEvent calendarEvent)
    {
        var calendar = new IcalCalendar { Method = method, ProductId = ProductId };
        calendar.Events.Add(calendarEvent);
        return new CalendarSerializer().SerializeToString(calendar) ?? "";
    }

    private static CalDateTime Utc(Instant instant) => new(instant.ToDateTimeUtc(), "UTC", true);

    private static string PlainText(string html) =>
        WebUtility.HtmlDecode(Tags().Replace(LineBreaks().Replace(html, "\n"), "")).Trim();

    [GeneratedRegex("<br\\s*/?>|</p>", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreaks();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
