using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>
/// Proposes coaching times (R11-R13). Pure and deterministic: the same search gives the same answer. It computes
/// the time every required attendee is free (inside the window, on the jurisdiction's business days, inside each
/// one's working hours in their own zone, outside their busy blocks) as a few ranges, then walks start times on the
/// step grid through those ranges only.
/// </summary>
public static class SlotFinder
{
    public static SlotSearchResult Find(SlotSearch search)
    {
        ArgumentNullException.ThrowIfNull(search);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(search.Length, Duration.Zero, nameof(search.Length));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(search.Step, Duration.Zero, nameof(search.Step));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(search.MaxCandidates, nameof(search.MaxCandidates));

        var window = CoachingWindow.For(search.Calendar, search.ReviewCompletedAt, search.SafetyConcern);
        var refusals = AttendeeRules.Check(search.Attendees);
        if (refusals.Count > 0)
        {
            return new SlotSearchResult(refusals, window, []);
        }

        var from = TimeRanges.Max(window.Start, search.Now);
        if (from >= window.End)
        {
            return new SlotSearchResult([], window, []);
        }

        var searchable = new TimeRange(from, window.End);
        var everyoneRequired = BusinessDays(search.Calendar, searchable);
        List<TimeRange>? caseworkerFree = null;
        var required = new List<string>(search.Attendees.Count);
        string? caseworker = null;
        foreach (var attendee in search.Attendees)
        {
            var free = FreeTime(attendee.Availability, searchable);
            if (attendee.Role.IsRequiredAtCoaching())
            {
                everyoneRequired = TimeRanges.Intersect(everyoneRequired, free);
                required.Add(attendee.Availability.Email);
            }
            else
            {
                caseworkerFree = free;
                caseworker = attendee.Availability.Email;
            }
        }

        var candidates = Rank(search, everyoneRequired, caseworkerFree);
        return new SlotSearchResult([], window, Materialise(candidates, search.Length, required, caseworker));
    }

    /// <summary>
    /// R13: the caseworker's availability comes first (earliest such times, then the rest) unless there is a safety
    /// concern, when only the earliest time matters.
    /// </summary>
    private static List<(Instant Start, bool CaseworkerFree)> Rank(
        SlotSearch search, List<TimeRange> free, List<TimeRange>? caseworkerFree)
    {
        var max = search.MaxCandidates;
        var preferCaseworker = caseworkerFree is not null && !search.SafetyConcern;
        // Capacity is capped: a caller may pass a large maximum to mean "every slot".
        var first = new List<(Instant, bool)>(Math.Min(max, 32));
        var rest = preferCaseworker ? new List<(Instant, bool)>(Math.Min(max, 32)) : first;
        var caseworkerIndex = 0;
        foreach (var range in free)
        {
            for (var start = AlignToGrid(range.Start, search.Step, search.Calendar.Zone);
                 start + search.Length <= range.End;
                 start += search.Step)
            {
                var end = start + search.Length;
                var caseworkerCan = caseworkerFree is not null && Covers(caseworkerFree, ref caseworkerIndex, start, end);
                var list = caseworkerCan || !preferCaseworker ? first : rest;
                if (list.Count < max)
                {
                    list.Add((start, caseworkerCan));
                }

                if (first.Count == max)
                {
                    return first;
                }
            }
        }

        if (preferCaseworker)
        {
            first.AddRange(rest.Take(max - first.Count));
        }

        return first;
    }

    private static List<SlotCandidate> Materialise(
        List<(Instant Start, bool CaseworkerFree)> ranked, Duration length, List<string> required, string? caseworker)
    {
        // Two shared lists rather than one per candidate: a slot either has the caseworker or not.
        IReadOnlyList<string> withCaseworker = caseworker is null ? required : [.. required, caseworker];
        return ranked.ConvertAll(c => new SlotCandidate(c.Start, c.Start + length, c.CaseworkerFree, c.CaseworkerFree ? withCaseworker : required));
    }

    /// <summary>One range per business day, so a slot never runs over the jurisdiction's midnight into the next day.</summary>
    private static List<TimeRange> BusinessDays(BusinessCalendar calendar, TimeRange within)
    {
        var days = new List<TimeRange>(16);
        for (var date = calendar.DateAt(within.Start); calendar.StartOf(date) < within.End; date = date.PlusDays(1))
        {
            if (calendar.IsBusinessDay(date))
            {
                AddClipped(days, calendar.StartOf(date), calendar.EndOf(date), within);
            }
        }

        return days;
    }

    private static List<TimeRange> FreeTime(AttendeeAvailability availability, TimeRange within)
    {
        var hours = availability.WorkingHours;
        var zone = hours.Zone;
        var working = new List<TimeRange>(16);
        var last = within.End.InZone(zone).Date;
        for (var date = within.Start.InZone(zone).Date; date <= last; date = date.PlusDays(1))
        {
            if (hours.Days.Contains(date.DayOfWeek))
            {
                // Leniently: a start that falls in a spring-forward gap moves to the first valid instant after it.
                var start = zone.AtLeniently(date.At(hours.Start)).ToInstant();
                var end = hours.End > hours.Start
                    ? zone.AtLeniently(date.At(hours.End)).ToInstant()
                    : date.PlusDays(1).AtStartOfDayInZone(zone).ToInstant();
                AddClipped(working, start, end, within);
            }
        }

        return TimeRanges.Subtract(working, TimeRanges.Normalise(availability.Busy));
    }

    private static void AddClipped(List<TimeRange> ranges, Instant start, Instant end, TimeRange within)
    {
        start = TimeRanges.Max(start, within.Start);
        end = end < within.End ? end : within.End;
        if (start < end)
        {
            ranges.Add(new TimeRange(start, end));
        }
    }

    /// <summary>The first grid point of the jurisdiction's wall clock (e.g. :00 or :30) at or after <paramref name="instant"/>.</summary>
    private static Instant AlignToGrid(Instant instant, Duration step, DateTimeZone zone)
    {
        var offset = Duration.FromSeconds(zone.GetUtcOffset(instant).Seconds);
        var local = (instant + offset - NodaConstants.UnixEpoch).ToInt64Nanoseconds();
        var stepNanos = step.ToInt64Nanoseconds();
        var remainder = ((local % stepNanos) + stepNanos) % stepNanos;
        return remainder == 0 ? instant : instant + Duration.FromNanoseconds(stepNanos - remainder);
    }

    /// <summary>Whether [start, end) lies inside one free range; <paramref name="index"/> only moves forward.</summary>
    private static bool Covers(List<TimeRange> free, ref int index, Instant start, Instant end)
    {
        while (index < free.Count && free[index].End <= start)
        {
            index++;
        }

        return index < free.Count && free[index].Start <= start && end <= free[index].End;
    }
}
