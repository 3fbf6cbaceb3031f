namespace ClinicOps.Scheduling.Model;

/// <summary>The instants from <see cref="Start"/> up to, not including, <see cref="End"/> (like tstzrange's default '[)').</summary>
public readonly record struct TimeRange(DateTimeOffset Start, DateTimeOffset End)
{
    public bool IsEmpty => End <= Start;

    public bool Overlaps(TimeRange other) => Start < other.End && other.Start < End;

    public bool Contains(TimeRange other) => Start <= other.Start && other.End <= End;
}
