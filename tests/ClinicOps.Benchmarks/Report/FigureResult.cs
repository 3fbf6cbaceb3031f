namespace ClinicOps.Benchmarks.Report;

/// <summary>
/// One of the figures: its headline measures (with targets), detail tables, structured details for the JSON
/// report, notes on how it was measured, and the error that stopped it, if any; <see cref="SampleCounts"/> says how
/// many samples (requests, events, starts, readings) each of its series rests on.
/// </summary>
public sealed record FigureResult(
    int Number,
    string Key,
    string Title,
    IReadOnlyList<Measure> Measures,
    IReadOnlyList<ReportTable> Tables,
    object? Details,
    IReadOnlyList<string> Notes,
    string? Error = null)
{
    public IReadOnlyDictionary<string, long> SampleCounts { get; init; } = new Dictionary<string, long>();

    public static FigureResult Failed(int number, string key, string title, string error) =>
        new(number, key, title, [], [], null, [], error);
}
