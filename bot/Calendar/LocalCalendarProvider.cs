using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.Options;
using NodaTime;
using IcalCalendar = Ical.Net.Calendar;

namespace CaseCoach.Bot.Calendar;

/// <summary>
/// The embedded calendar: busy times from <c>&lt;email&gt;.ics</c> files in <c>Calendar:LocalFolder</c> (exported from
/// any calendar) plus the bot's own bookings. It sends nothing itself: each booking returns the iCalendar invitation
/// (METHOD:REQUEST or CANCEL, UID = idempotency key) for the email to attach. Working hours are Monday to Friday,
/// 08:30-17:00 in each person's own zone.
/// </summary>
internal sealed class LocalCalendarProvider(
    IOptions<CalendarOptions> options, TimeProvider time, ILogger<LocalCalendarProvider> logger) : ICalendarProvider
{
    private const string Provider = "Local";

    private LocalBookingStore Bookings => new(options.Value.LocalFolder);

    public async Task<CalendarResult<IReadOnlyList<AttendeeAvailability>>> GetAvailabilityAsync(
        IReadOnlyList<CalendarPerson> people, Interval window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(people);
        var current = "";
        try
        {
            var files = CalendarFiles();
            var bookings = await Bookings.ReadAllAsync(cancellationToken);
            var availability = new List<AttendeeAvailability>(people.Count);
            foreach (var person in people)
            {
                var busy = new List<BusyBlock>();
                if (files.TryGetValue(person.Email, out var path))
                {
                    current = Path.GetFileName(path);
                    var calendar = IcalCalendar.Load(await File.ReadAllTextAsync(path, cancellationToken));
                    if (calendar is not null)
                    {
                        busy.AddRange(IcsBusyTimes.Read(calendar, window, person.Zone));
                    }
                }

                current = "bookings";
                foreach (var booking in bookings)
                {
                    busy.AddRange(IcsBusyTimes.Read(booking, window, person.Zone, e => Invitations.IsAttendee(e, person.Email)));
                }

                availability.Add(new AttendeeAvailability(person.Email, busy, WorkingHours.Default(person.Zone)));
            }

            return new CalendarResult<IReadOnlyList<AttendeeAvailability>>.Done(availability);
        }
        catch (IOException ex)
        {
            Log.TransientFailure(logger, "availability", Provider, ex.GetType().Name);
            return new CalendarResult<IReadOnlyList<AttendeeAvailability>>.Transient($"Could not read the local calendar folder: {ex.Message}");
        }
        catch (Exception ex) when (ex is not (OperationCanceledException or OutOfMemoryException))
        {
            // A broken file must not read as "free": an operator fixes or removes it, then scheduling goes on.
            // The parser's message can quote the file, so only the exception type is logged.
            Log.UnreadableCalendarFile(logger, ex.GetType().Name);
            return new CalendarResult<IReadOnlyList<AttendeeAvailability>>.Failed(
                $"The local calendar file {current} is not valid iCalendar; fix or remove it: {ex.Message}");
        }
    }

    public async Task<CalendarResult<CalendarEvent>> CreateEventAsync(BookingRequest booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        return await WriteAsync(booking.IdempotencyKey, "created", async () =>
        {
            // A repeat of the same request (a retry after a crash) returns the invitation already written.
            var existing = await Bookings.ReadAsync(booking.IdempotencyKey, cancellationToken);
            return existing?.Text ?? Invitations.Request(booking, booking.IdempotencyKey, 0, options.Value.OrganizerEmail, Now);
        }, cancellationToken);
    }

    public async Task<CalendarResult<CalendarEvent>> UpdateEventAsync(string eventId, BookingRequest booking, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(booking);
        var existing = await Bookings.ReadAsync(eventId, cancellationToken);
        if (existing is not { } booked)
        {
            return new CalendarResult<CalendarEvent>.Failed($"There is no local booking {eventId} to update.");
        }

        return await WriteAsync(eventId, "updated", () =>
            Task.FromResult(Invitations.Request(booking, eventId, booked.Event.Sequence + 1, options.Value.OrganizerEmail, Now)), cancellationToken);
    }

    public async Task<CalendarResult<CalendarEvent>> CancelEventAsync(string eventId, string comment, CancellationToken cancellationToken)
    {
        var existing = await Bookings.ReadAsync(eventId, cancellationToken);
        if (existing is not { } booked)
        {
            return new CalendarResult<CalendarEvent>.Failed($"There is no local booking {eventId} to cancel.");
        }

        if (IcsBusyTimes.LeavesTimeFree(booked.Event))
        {
            return new CalendarResult<CalendarEvent>.Done(new CalendarEvent(eventId, InvitationIcs: booked.Text));
        }

        return await WriteAsync(eventId, "cancelled", () => Task.FromResult(Invitations.Cancel(booked.Event, comment, Now)), cancellationToken);
    }

    private Instant Now => Instant.FromDateTimeOffset(time.GetUtcNow());

    private async Task<CalendarResult<CalendarEvent>> WriteAsync(
        string eventId, string action, Func<Task<string>> invitation, CancellationToken cancellationToken)
    {
        try
        {
            var text = await invitation();
            await Bookings.WriteAsync(eventId, text, cancellationToken);
            Log.Booked(logger, eventId, action, Provider);
            return new CalendarResult<CalendarEvent>.Done(new CalendarEvent(eventId, InvitationIcs: text));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            Log.TransientFailure(logger, action, Provider, ex.GetType().Name);
            return new CalendarResult<CalendarEvent>.Transient($"Could not write to the local calendar folder: {ex.Message}");
        }
    }

    /// <summary>The top-level .ics files by person, matched case-insensitively as email addresses are.</summary>
    private Dictionary<string, string> CalendarFiles()
    {
        var folder = Path.GetFullPath(options.Value.LocalFolder);
        return Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder, "*.ics").ToDictionary(p => Path.GetFileNameWithoutExtension(p), StringComparer.OrdinalIgnoreCase)
            : new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
    }
}
