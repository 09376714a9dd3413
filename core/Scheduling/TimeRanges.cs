using NodaTime;

namespace CaseCoach.Core.Scheduling;

/// <summary>
/// Set algebra on sorted, disjoint, half-open [Start, End) ranges: the slot finder works on a handful of these
/// per attendee instead of testing every candidate start against every busy block.
/// </summary>
internal readonly record struct TimeRange(Instant Start, Instant End);

internal static class TimeRanges
{
    /// <summary>Sorts and merges overlapping or touching blocks, in place in one list.</summary>
    public static List<TimeRange> Normalise(IReadOnlyList<BusyBlock> blocks)
    {
        var merged = new List<TimeRange>(blocks.Count);
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Start < blocks[i].End)
            {
                merged.Add(new TimeRange(blocks[i].Start, blocks[i].End));
            }
        }

        merged.Sort(static (x, y) => x.Start.CompareTo(y.Start));
        var count = 0;
        for (var i = 0; i < merged.Count; i++)
        {
            if (count > 0 && merged[i].Start <= merged[count - 1].End)
            {
                merged[count - 1] = merged[count - 1] with { End = Max(merged[count - 1].End, merged[i].End) };
            }
            else
            {
                merged[count++] = merged[i];
            }
        }

        merged.RemoveRange(count, merged.Count - count);
        return merged;
    }

    /// <summary>The parts of <paramref name="ranges"/> not covered by the merged <paramref name="busy"/> blocks.</summary>
    public static List<TimeRange> Subtract(List<TimeRange> ranges, List<TimeRange> busy)
    {
        var free = new List<TimeRange>(ranges.Count + busy.Count);
        var j = 0;
        foreach (var range in ranges)
        {
            var cursor = range.Start;
            while (j < busy.Count && busy[j].End <= cursor)
            {
                j++;
            }

            for (var k = j; k < busy.Count && busy[k].Start < range.End; k++)
            {
                if (busy[k].Start > cursor)
                {
                    free.Add(new TimeRange(cursor, busy[k].Start));
                }

                cursor = Max(cursor, busy[k].End);
            }

            if (cursor < range.End)
            {
                free.Add(new TimeRange(cursor, range.End));
            }
        }

        return free;
    }

    public static List<TimeRange> Intersect(List<TimeRange> a, List<TimeRange> b)
    {
        var both = new List<TimeRange>(Math.Min(a.Count + b.Count, 64));
        int i = 0, j = 0;
        while (i < a.Count && j < b.Count)
        {
            var start = Max(a[i].Start, b[j].Start);
            var end = a[i].End < b[j].End ? a[i].End : b[j].End;
            if (start < end)
            {
                both.Add(new TimeRange(start, end));
            }

            if (a[i].End < b[j].End)
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return both;
    }

    public static Instant Max(Instant x, Instant y) => x > y ? x : y;
}
