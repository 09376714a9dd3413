using CaseCoach.Core.Scheduling;
using Microsoft.Extensions.Options;
using NodaTime;

namespace CaseCoach.Core.Coaching;

/// <summary>What a search found: refusals (R11, R12), or times inside a window that ends at <see cref="WindowEnd"/>.</summary>
public sealed record CoachingSlotsFound(IReadOnlyList<string> Refusals, IReadOnlyList<ProposedSlot> Slots, DateTimeOffset WindowEnd);

/// <summary>
/// Finds coaching times from everyone's calendar (R11-R13) with the slot finder, spread over the window
/// (<see cref="SpreadSlots"/>: at most two a day, at different times of day). "None of these work" looks at the days
/// after the last time offered (the window grows by <see cref="CoachingOptions.WiderWindowDays"/> only when those
/// days run out) and leaves out times already offered.
/// </summary>
public sealed class CoachingSlots(ICalendarProvider calendar, IOptions<CoachingOptions> options, TimeProvider time)
{
    /// <summary>How many ranked times the finder returns for the spread to choose from (two weeks of half hours).</summary>
    private const int Candidates = 400;

    private CoachingOptions Options => options.Value;

    public Duration Length => Duration.FromMinutes(Options.SessionMinutes);

    /// <summary>The first search: R13's window from the review's completion, one business day with a safety concern.</summary>
    public Task<CalendarResult<CoachingSlotsFound>> FirstAsync(CoachingParticipants who, CancellationToken cancellationToken) =>
        SearchAsync(who, who.CompletedAt, who.Review.SafetyConcern, null, new HashSet<DateTimeOffset>(), cancellationToken);

    /// <summary>Fresh times in the request's current window, after a conflict.</summary>
    public Task<CalendarResult<CoachingSlotsFound>> AgainAsync(CoachingParticipants who, CoachingRequest request, CancellationToken cancellationToken) =>
        request.WindowEnd <= WindowEnd(who, who.CompletedAt, who.Review.SafetyConcern)
            ? FirstAsync(who, cancellationToken)
            : SearchAsync(who, StartFor(request.WindowEnd), false, null, new HashSet<DateTimeOffset>(), cancellationToken);

    /// <summary>
    /// "None of these work": the next days, from the day after the last time offered, to the end of the window or
    /// <see cref="CoachingOptions.WiderWindowDays"/> days on, whichever is later; times already offered are not repeated.
    /// </summary>
    public Task<CalendarResult<CoachingSlotsFound>> WiderAsync(CoachingParticipants who, CoachingRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(who);
        ArgumentNullException.ThrowIfNull(request);
        var offered = request.Slots;
        var from = offered.Count == 0
            ? request.WindowEnd
            : who.Calendar.StartOf(who.Calendar.DateAt(Instant.FromDateTimeOffset(offered.Max(s => s.Start))).PlusDays(1)).ToDateTimeOffset();
        var end = Max(request.WindowEnd, from.AddDays(Options.WiderWindowDays));
        return SearchAsync(who, StartFor(end), false, from, offered.Select(s => s.Start).ToHashSet(), cancellationToken);
    }

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

    /// <param name="notBefore">Where the search starts when later than now and the window's start ("the next days").</param>
    private async Task<CalendarResult<CoachingSlotsFound>> SearchAsync(
        CoachingParticipants who, DateTimeOffset completedAt, bool safetyConcern, DateTimeOffset? notBefore, IReadOnlySet<DateTimeOffset> offered,
        CancellationToken cancellationToken)
    {
        var now = Instant.FromDateTimeOffset(time.GetUtcNow());
        if (notBefore is { } later && Instant.FromDateTimeOffset(later) > now) now = Instant.FromDateTimeOffset(later);
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
        var search = new SlotSearch(attendees, calendarOfJurisdiction, completed, now, safetyConcern) { Length = Length, MaxCandidates = Candidates };
        var found = SlotFinder.Find(search);
        var ranked = found.Candidates
            .Select(c => new ProposedSlot(c.Start.ToDateTimeOffset(), c.End.ToDateTimeOffset(), c.CaseworkerFree))
            .Where(s => !offered.Contains(s.Start))
            .ToList();
        var slots = SpreadSlots.Pick(ranked, calendarOfJurisdiction.Zone, Options.TimesOffered, safetyConcern);
        return new CalendarResult<CoachingSlotsFound>.Done(new CoachingSlotsFound(found.Refusals, slots, found.Window.End.ToDateTimeOffset()));
    }

    private static DateTimeOffset Max(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;

    private static DateTimeOffset WindowEnd(CoachingParticipants who, DateTimeOffset completedAt, bool safetyConcern) =>
        CoachingWindow.For(who.Calendar, Instant.FromDateTimeOffset(completedAt), safetyConcern).End.ToDateTimeOffset();

    /// <summary>The "completion" whose two-week window ends at <paramref name="windowEnd"/>.</summary>
    private static DateTimeOffset StartFor(DateTimeOffset windowEnd) => windowEnd.AddDays(-7 * CoachingWindow.WeeksAfterReview);

    private static CalendarPerson ToCalendarPerson(Core.Organisation.Person person) =>
        new(person.Email, DateTimeZoneProviders.Tzdb.GetZoneOrNull(person.TimeZone) ?? DateTimeZone.Utc);
}
