namespace ClinicOps.Benchmarks.App;

/// <summary>One event's read-model lag: which kind, when it happened, and how long analytics took to record it.</summary>
public sealed record RecordedLag(string Event, DateTimeOffset OccurredAt, double Milliseconds)
{
    public const string Completed = "appointment completed";
    public const string Paid = "payment paid";
}
