using NodaTime;

namespace CaseCoach.Core.Coaching;

/// <summary>
/// R13, R14: which of the ranked free times to offer. Not five slots in one afternoon: the best time first (the
/// caseworker's earliest free time; with a safety concern, the earliest), then one time per day at a different time
/// of day each day, then a second per day at least two hours from the first, and only then whatever is left.
/// Times the caseworker can make are spread first, before any they cannot make (their availability comes first).
/// </summary>
public static class SpreadSlots
{
    public const int MaxPerDay = 2;

    /// <summary>A second time on a day is this far from the first, so the two are a morning and an afternoon.</summary>
    public static readonly Duration SameDayGap = Duration.FromHours(2);

    /// <summary>The times of day the picks turn through, so the days do not all offer the same hour.</summary>
    private static readonly LocalTime[] Targets =
        [new(10, 0), new(14, 0), new(11, 30), new(15, 30), new(9, 0), new(13, 0)];

    public static IReadOnlyList<ProposedSlot> Pick(IReadOnlyList<ProposedSlot> ranked, DateTimeZone zone, int count, bool safetyConcern)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(zone);
        if (ranked.Count == 0 || count <= 0) return [];
        var picked = new List<ProposedSlot> { ranked[0] };
        IReadOnlyList<ProposedSlot>[] tiers = safetyConcern
            ? [ranked]
            : [ranked.Where(s => s.CaseworkerFree).ToList(), ranked.Where(s => !s.CaseworkerFree).ToList()];
        foreach (var tier in tiers)
            for (var perDay = 1; perDay <= MaxPerDay && picked.Count < count; perDay++)
                foreach (var day in tier.GroupBy(s => Day(s, zone)).OrderBy(g => g.Key))
                {
                    if (picked.Count >= count) break;
                    if (picked.Count(p => Day(p, zone) == day.Key) >= perDay) continue;
                    var target = Targets[picked.Count % Targets.Length];
                    var best = day.Where(s => !picked.Contains(s) && FarFromPicksThatDay(s, picked, zone))
                        .OrderBy(s => Distance(Time(s, zone), target)).FirstOrDefault();
                    if (best is not null) picked.Add(best);
                }
        // A short window (one business day with a safety concern) may have fewer days than times wanted.
        picked.AddRange(ranked.Where(s => !picked.Contains(s)).Take(count - picked.Count));
        return picked.OrderBy(s => s.Start).ToList();
    }

    private static bool FarFromPicksThatDay(ProposedSlot slot, List<ProposedSlot> picked, DateTimeZone zone) =>
        picked.Where(p => Day(p, zone) == Day(slot, zone)).All(p => Math.Abs((p.Start - slot.Start).TotalMinutes) >= SameDayGap.TotalMinutes);

    private static LocalDate Day(ProposedSlot slot, DateTimeZone zone) => Instant.FromDateTimeOffset(slot.Start).InZone(zone).Date;

    private static LocalTime Time(ProposedSlot slot, DateTimeZone zone) => Instant.FromDateTimeOffset(slot.Start).InZone(zone).TimeOfDay;

    private static long Distance(LocalTime a, LocalTime b) => Math.Abs(Period.Between(a, b, PeriodUnits.Minutes).Minutes);
}
