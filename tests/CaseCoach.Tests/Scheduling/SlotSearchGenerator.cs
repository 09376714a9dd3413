using CaseCoach.Core.Scheduling;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;

namespace CaseCoach.Tests.Scheduling;

/// <summary>A random search, printed readably when a property fails.</summary>
public sealed record GeneratedSearch(SlotSearch Search)
{
    public override string ToString() =>
        $"zone {Search.Calendar.Zone.Id}, completed {Search.ReviewCompletedAt}, now {Search.Now}, safety {Search.SafetyConcern}, " +
        $"length {Search.Length}, step {Search.Step}, max {Search.MaxCandidates}, holidays [{string.Join(", ", Search.Calendar.Holidays)}]; " +
        string.Join("; ", Search.Attendees.Select(a =>
            $"{a.Role} {a.Availability.WorkingHours.Zone.Id} {a.Availability.WorkingHours.Start}-{a.Availability.WorkingHours.End} " +
            $"[{string.Join(", ", a.Availability.WorkingHours.Days)}] busy [{string.Join(", ", a.Availability.Busy.Select(b => $"{b.Start}/{b.End}"))}]"));
}

/// <summary>
/// Searches across zones with whole- and half-hour offsets, completions clustered around the 2026 daylight-saving
/// changes of New York, London and Sydney, holidays, and up to 40 busy blocks per attendee.
/// </summary>
public static class SlotSearchGenerator
{
    private static readonly DateTimeZone[] Zones =
        [.. new[] { "America/New_York", "America/Los_Angeles", "Europe/London", "Asia/Kolkata", "Australia/Sydney" }
            .Select(id => DateTimeZoneProviders.Tzdb[id])];

    private static readonly Instant[] NearDstChanges =
    [
        Instant.FromUtc(2026, 3, 5, 14, 0), Instant.FromUtc(2026, 3, 27, 9, 0), Instant.FromUtc(2026, 4, 2, 23, 0),
        Instant.FromUtc(2026, 10, 2, 1, 0), Instant.FromUtc(2026, 10, 23, 12, 0), Instant.FromUtc(2026, 10, 29, 18, 0),
    ];

    private static readonly AttendeeRole[] Team =
        [AttendeeRole.QaSupervisor, AttendeeRole.Reviewer, AttendeeRole.Supervisor, AttendeeRole.Caseworker];

    public static Arbitrary<GeneratedSearch> Searches() => Search.ToArbitrary();

    private static Gen<Instant> Completion =>
        Gen.Frequency(
            (2, Gen.Elements(NearDstChanges)),
            (1, Gen.Choose(0, 364 * 96).Select(quarters => Instant.FromUtc(2026, 1, 1, 0, 0) + Duration.FromMinutes(15 * quarters))))
        .SelectMany(at => Gen.Choose(-48, 48).Select(quarters => at + Duration.FromMinutes(15 * quarters)));

    private static Gen<BusyBlock> Busy(Instant around) =>
        from startQuarter in Gen.Choose(-96, 16 * 96)
        from lengthQuarters in Gen.Choose(1, 24)
        let start = around + Duration.FromMinutes(15 * startQuarter)
        select new BusyBlock(start, start + Duration.FromMinutes(15 * lengthQuarters));

    private static Gen<WorkingHours> Hours =>
        from zone in Gen.Elements(Zones)
        from startHalfHour in Gen.Choose(12, 20)
        from endHour in Gen.Choose(14, 19)
        from saturday in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
        let days = saturday ? WorkingHours.MondayToFriday.Append(IsoDayOfWeek.Saturday).ToHashSet() : WorkingHours.MondayToFriday
        select new WorkingHours(days, new LocalTime(startHalfHour / 2, startHalfHour % 2 * 30), new LocalTime(endHour, 0), zone);

    private static Gen<SlotAttendee> Attendee(AttendeeRole role, Instant around) =>
        from hours in Hours
        from count in Gen.Choose(0, 40)
        from busy in Busy(around).ArrayOf(count)
        select new SlotAttendee(role, new AttendeeAvailability($"{role}@contoso.test".ToLowerInvariant(), busy, hours));

    private static Gen<GeneratedSearch> Search =>
        from zone in Gen.Elements(Zones)
        from completed in Completion
        from nowLater in Gen.Frequency((3, Gen.Constant(0)), (1, Gen.Choose(0, 6000)))
        from safety in Gen.Frequency((2, Gen.Constant(false)), (1, Gen.Constant(true)))
        from holidayOffsets in Gen.Choose(0, 16).ArrayOf(2)
        from withCaseworker in Gen.Frequency((5, Gen.Constant(true)), (1, Gen.Constant(false)))
        from attendees in Gen.CollectToArray(Team.Where(r => withCaseworker || r != AttendeeRole.Caseworker), r => Attendee(r, completed))
        from length in Gen.Elements(30, 60, 90)
        from step in Gen.Elements(15, 30, 60)
        from max in Gen.Choose(1, 30)
        let calendar = new BusinessCalendar(zone, holidayOffsets.Select(d => completed.InZone(zone).Date.PlusDays(d)))
        select new GeneratedSearch(new SlotSearch(attendees, calendar, completed, completed + Duration.FromMinutes(nowLater), safety)
        {
            Length = Duration.FromMinutes(length),
            Step = Duration.FromMinutes(step),
            MaxCandidates = max,
        });
}
