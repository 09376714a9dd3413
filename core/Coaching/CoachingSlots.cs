using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CaseCoach.Core.Coaching;

/// <summary>What a search found: refusals (R11, R12), or times inside a window that ends at <see cref="WindowEnd"/>.</summary>
public sealed record CoachingSlotsFound(IReadOnlyList<string> Refusals, IReadOnlyList<ProposedSlot> Slots, DateTimeOffset WindowEnd);

/// <summary>
/// Finds coaching times from everyone's calendar (R11-R13) with the slot finder. A wider search moves the two-week
/// window on by <see cref="CoachingOptions.WiderWindowDays"/> and leaves out times already offered.
/// </summary>
public sealed class CoachingSlots(ICalendarProvider calendar, IOptions<CoachingOptions> options, TimeProvider time)
{
    private CoachingOptions Options => options.Value;

    public Duration Length => Duration.FromMinutes(Options.SessionMinutes);

    /// <summary>The first search: R13's window from the review's completion, one business day with a safety concern.</summary>
    public Task<CalendarResult<CoachingSlotsFound>> FirstAsync(CoachingParticipants who, CancellationToken cancellationToken) =>
        SearchAsync(who, who.CompletedAt, who.Review.SafetyConcern, new HashSet<DateTimeOffset>(), cancellationToken);

    /// <summary>Fresh times in the request's current window, after a conflict.</summary>
    public Task<CalendarResult<CoachingSlotsFound>> AgainAsync(CoachingParticipants who, CoachingRequest request, CancellationToken cancellationToken) =>
        request.WindowEnd <= WindowEnd(who, who.CompletedAt, who.Review.SafetyConcern)
            ? FirstAsync(who, cancellationToken)
            : SearchAsync(who, StartFor(request.WindowEnd), false, new HashSet<DateTimeOffset>(), cancellationToken);

    /// <summary>"None of these work": the window reaches further, and the times already offered are not repeated.</summary>
    public Task<CalendarResult<CoachingSlotsFound>> WiderAsync(CoachingParticipants who, CoachingRequest request, CancellationToken cancellationToken) =>
        SearchAsync(who, StartFor(request.WindowEnd.AddDays(Options.WiderWindowDays)), false,
            request.Slots.Select(s => s.Start).ToHashSet(), cancellationToken);

    /// <summary>Everyone's busy times around one stretch of time, to re-check a pick just before booking.</summary>
    public async Task<CalendarResult<bool>> IsFreeAsync(CoachingParticipants who, DateTimeOffset start, DateTimeOffset end, CancellationToken cancellationToken)
    {
        var (from, to) = (Instant.FromDateTimeOffset(start), Instant.FromDateTimeOffset(end));
        var required = who.Distinct.Where(a => a.Role.IsRequiredAtCoaching()).Select(a => a.Person).ToList();
        var result = await calendar.GetAvailabilityAsync(required.Select(ToCalendarPerson).ToList(), new Interval(from, to), cancellationToken);
        return result switch
        {
            CalendarResult<IReadOnlyList<AttendeeAvailability>>.Done done =>
                new CalendarResult<bool>.Done(done.Value.All(a => !a.Busy.Any(b => b.Overlaps(from, to)))),
            CalendarResult<IReadOnlyList<AttendeeAvailability>>.Transient t => new CalendarResult<bool>.Transient(t.Reason, t.RetryAfter),
            CalendarResult<IReadOnlyList<AttendeeAvailability>>.Failed f => new CalendarResult<bool>.Failed(f.Reason),
            _ => throw new InvalidOperationException("Unknown calendar result."),
        };
    }

    private async Task<CalendarResult<CoachingSlotsFound>> SearchAsync(
        CoachingParticipants who, DateTimeOffset completedAt, bool safetyConcern, IReadOnlySet<DateTimeOffset> offered, CancellationToken cancellationToken)
    {
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        var calendarOfJurisdiction = who.Calendar;
        var completed = Instant.FromDateTimeOffset(completedAt);
        var window = CoachingWindow.For(calendarOfJurisdiction, completed, safetyConcern);
        var from = window.Start > now ? window.Start : now;
        var people = who.Distinct;
        var availability = await calendar.GetAvailabilityAsync(
            people.Select(a => ToCalendarPerson(a.Person)).ToList(), new Interval(from, window.End > from ? window.End : from), cancellationToken);
        switch (availability)
        {
            case CalendarResult<IReadOnlyList<AttendeeAvailability>>.Transient t:
                return new CalendarResult<CoachingSlotsFound>.Transient(t.Reason, t.RetryAfter);
            case CalendarResult<IReadOnlyList<AttendeeAvailability>>.Failed f:
                return new CalendarResult<CoachingSlotsFound>.Failed(f.Reason);
        }

        var calendars = ((CalendarResult<IReadOnlyList<AttendeeAvailability>>.Done)availability).Value;
        var attendees = people.Select((a, i) => new SlotAttendee(a.Role, calendars[i])).ToList();
        var search = new SlotSearch(attendees, calendarOfJurisdiction, completed, now, safetyConcern)
        {
            Length = Length,
            MaxCandidates = Options.TimesOffered + offered.Count,
        };
        var found = SlotFinder.Find(search);
        var slots = found.Candidates
            .Select(c => new ProposedSlot(c.Start.ToDateTimeOffset(), c.End.ToDateTimeOffset(), c.CaseworkerFree))
            .Where(s => !offered.Contains(s.Start))
            .Take(Options.TimesOffered)
            .ToList();
        return new CalendarResult<CoachingSlotsFound>.Done(new CoachingSlotsFound(found.Refusals, slots, found.Window.End.ToDateTimeOffset()));
    }

    private static DateTimeOffset WindowEnd(CoachingParticipants who, DateTimeOffset completedAt, bool safetyConcern) =>
        CoachingWindow.For(who.Calendar, Instant.FromDateTimeOffset(completedAt), safetyConcern).End.ToDateTimeOffset();

    /// <summary>The "completion" whose two-week window ends at <paramref name="windowEnd"/>.</summary>
    private static DateTimeOffset StartFor(DateTimeOffset windowEnd) => windowEnd.AddDays(-7 * CoachingWindow.WeeksAfterReview);

    private static CalendarPerson ToCalendarPerson(Core.Organisation.Person person) =>
        new(person.Email, DateTimeZoneProviders.Tzdb.GetZoneOrNull(person.TimeZone) ?? DateTimeZone.Utc);
}
