namespace ClinicOps.Benchmarks.Load;

/// <summary>
/// The latencies and statuses of one endpoint, recorded by one worker without locks (exact samples in a list:
/// the loops are bounded, so a run keeps at most a few million doubles).
/// </summary>
public sealed class EndpointRecorder
{
    private readonly List<double> _milliseconds = [];
    private readonly Dictionary<int, long> _statuses = [];

    public IReadOnlyCollection<double> Milliseconds => _milliseconds;

    public IReadOnlyDictionary<int, long> Statuses => _statuses;

    public void Record(int status, double milliseconds)
    {
        _milliseconds.Add(milliseconds);
        _statuses[status] = _statuses.GetValueOrDefault(status) + 1;
    }

    public void Add(EndpointRecorder other)
    {
        _milliseconds.AddRange(other._milliseconds);
        foreach (var (status, count) in other._statuses)
        {
            _statuses[status] = _statuses.GetValueOrDefault(status) + count;
        }
    }

    public EndpointStats ToStats(string endpoint, TimeSpan window) => new(
        endpoint,
        LatencyStats.From(_milliseconds, window),
        Count(s => s is >= 200 and < 300),
        Count(s => s is >= 400 and < 500),
        Count(s => s >= 500),
        Count(s => s == 0),
        _statuses.Where(s => s.Key is < 200 or >= 300).ToDictionary(s => s.Key.ToString(System.Globalization.CultureInfo.InvariantCulture), s => s.Value));

    private long Count(Func<int, bool> which) => _statuses.Where(s => which(s.Key)).Sum(s => s.Value);
}
