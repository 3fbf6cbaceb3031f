namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// The history of a busy clinic: 100 appointments a day (5 doctors × 20), the last 30 days of them still ahead and
/// scheduled, the past ones completed (85%), cancelled (10%) or no-shows (5%). A clinic with more appointments has
/// a longer past, not a longer future — so 10k and 1M appointments have the same 3,000 upcoming ones.
/// </summary>
public sealed record SeedShape(int Count, DateTimeOffset Now)
{
    public const int PerDay = 100;
    public const int FutureDays = 30;

    public int Upcoming => Math.Min(Count, PerDay * FutureDays);

    public DateTimeOffset StartOf(int index) =>
        Now.AddDays(FutureDays).AddMinutes(-(Count - 1 - index) * (24.0 * 60 / PerDay)).ToUniversalTime();

    public string StatusOf(int index) => index >= Count - Upcoming
        ? "scheduled"
        : (index % 20) switch { 0 or 1 => "cancelled", 2 => "no_show", _ => "completed" };
}
