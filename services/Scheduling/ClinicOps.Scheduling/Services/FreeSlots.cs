using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>Picks the grid starts a slot of a given length can take.</summary>
public static class FreeSlots
{
    /// <summary>
    /// The starts of <paramref name="grid"/> (sorted) after <paramref name="after"/> and not after <paramref name="latest"/>
    /// whose slot lies wholly in one of the <paramref name="free"/> windows (sorted, merged).
    /// </summary>
    public static IEnumerable<TimeRange> Find(IReadOnlyList<DateTimeOffset> grid, IReadOnlyList<TimeRange> free, TimeSpan length,
        DateTimeOffset after, DateTimeOffset latest)
    {
        var w = 0;
        foreach (var start in grid)
        {
            if (start <= after || start > latest)
            {
                continue;
            }

            // The windows are disjoint: only the first that ends after the start can hold the slot.
            while (w < free.Count && free[w].End <= start)
            {
                w++;
            }

            if (w == free.Count)
            {
                yield break;
            }

            var slot = new TimeRange(start, start + length);
            if (free[w].Contains(slot))
            {
                yield return slot;
            }
        }
    }
}
