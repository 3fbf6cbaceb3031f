using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>Set arithmetic on lists of time ranges; every result is sorted, without empty ranges, and with no two touching.</summary>
public static class TimeRanges
{
    /// <summary>The union: overlapping or touching ranges become one (09:00–12:00 and 12:00–13:00 are 09:00–13:00).</summary>
    public static IReadOnlyList<TimeRange> Merge(IEnumerable<TimeRange> ranges)
    {
        var merged = new List<TimeRange>();
        foreach (var range in ranges.Where(r => !r.IsEmpty).OrderBy(r => r.Start))
        {
            if (merged.Count > 0 && range.Start <= merged[^1].End)
            {
                var last = merged[^1];
                merged[^1] = last with { End = range.End > last.End ? range.End : last.End };
            }
            else
            {
                merged.Add(range);
            }
        }

        return merged;
    }

    /// <summary>What is left of <paramref name="ranges"/> once every instant of <paramref name="taken"/> is removed.</summary>
    public static IReadOnlyList<TimeRange> Subtract(IEnumerable<TimeRange> ranges, IEnumerable<TimeRange> taken)
    {
        var holes = Merge(taken);
        var left = new List<TimeRange>();
        var h = 0;
        foreach (var range in Merge(ranges))
        {
            var start = range.Start;
            while (h < holes.Count && holes[h].End <= start)
            {
                h++;
            }

            for (var i = h; i < holes.Count && holes[i].Start < range.End; i++)
            {
                if (holes[i].Start > start)
                {
                    left.Add(new TimeRange(start, holes[i].Start));
                }

                if (holes[i].End > start)
                {
                    start = holes[i].End;
                }
            }

            if (start < range.End)
            {
                left.Add(new TimeRange(start, range.End));
            }
        }

        return left;
    }

    /// <summary>Whether one range of the sorted, merged <paramref name="ranges"/> holds all of <paramref name="range"/>.</summary>
    public static bool AnyContains(IReadOnlyList<TimeRange> ranges, TimeRange range) => ranges.Any(r => r.Contains(range));
}
