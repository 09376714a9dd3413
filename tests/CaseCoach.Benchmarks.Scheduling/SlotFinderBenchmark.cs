using BenchmarkDotNet.Attributes;
using CaseCoach.Core.Scheduling;
using NodaTime;

namespace CaseCoach.Benchmarks.Scheduling;

/// <summary>
/// Issue 5's target case: 4 attendees, a two-week window (10 business days) and 40 busy blocks each, inside their
/// working hours. The caseworker is the busiest, so the default search walks the whole window looking for times
/// the caseworker can attend before falling back; the safety search stops at the first ten; the last
/// benchmark lists every slot in the window.
/// </summary>
[MemoryDiagnoser]
public class SlotFinderBenchmark
{
    private static readonly DateTimeZone NewYork = DateTimeZoneProviders.Tzdb["America/New_York"];
    private static readonly DateTimeZone Chicago = DateTimeZoneProviders.Tzdb["America/Chicago"];
    private static readonly Instant Completed = Instant.FromUtc(2026, 3, 2, 14, 0);

    private SlotSearch search = null!;
    private SlotSearch safetySearch = null!;
    private SlotSearch everySlot = null!;

    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(5);
        SlotAttendee Attendee(AttendeeRole role, DateTimeZone zone, int busyMinutes) =>
            new(role, new AttendeeAvailability($"{role}@contoso.test", [.. BusyBlocks(random, zone, busyMinutes)], WorkingHours.Default(zone)));

        var attendees = new[]
        {
            Attendee(AttendeeRole.QaSupervisor, NewYork, 60),
            Attendee(AttendeeRole.Reviewer, NewYork, 60),
            Attendee(AttendeeRole.Supervisor, Chicago, 60),
            Attendee(AttendeeRole.Caseworker, NewYork, 150),
        };
        var calendar = new BusinessCalendar(NewYork, []);
        search = new SlotSearch(attendees, calendar, Completed, Completed);
        safetySearch = search with { SafetyConcern = true };
        everySlot = search with { MaxCandidates = 1000 };
    }

    /// <summary>40 blocks of up to <paramref name="maxMinutes"/> on the 10 business days after 2 March 2026, in working hours.</summary>
    private static IEnumerable<BusyBlock> BusyBlocks(Random random, DateTimeZone zone, int maxMinutes)
    {
        var businessDays = Enumerable.Range(0, 14).Select(d => new LocalDate(2026, 3, 2).PlusDays(d))
            .Where(d => d.DayOfWeek < IsoDayOfWeek.Saturday).ToArray();
        for (var i = 0; i < 40; i++)
        {
            var day = businessDays[i % businessDays.Length];
            var start = zone.AtLeniently(day.At(new LocalTime(8, 30)).PlusMinutes(15 * random.Next(0, 30))).ToInstant();
            yield return new BusyBlock(start, start + Duration.FromMinutes(15 * random.Next(2, (maxMinutes / 15) + 1)));
        }
    }

    [Benchmark(Baseline = true)]
    public int CaseworkerFirst() => SlotFinder.Find(search).Candidates.Count;

    [Benchmark]
    public int SafetyEarliestFirst() => SlotFinder.Find(safetySearch).Candidates.Count;

    /// <summary>No early stop: every start time in the two weeks is materialised and ranked.</summary>
    [Benchmark]
    public int EverySlotInTheWindow() => SlotFinder.Find(everySlot).Candidates.Count;
}
