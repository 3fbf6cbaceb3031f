namespace ClinicOps.Benchmarks.Load;

/// <summary>One worker's recorders, one per endpoint; merged after the run.</summary>
public sealed class SampleRecorder
{
    private readonly Dictionary<string, EndpointRecorder> _endpoints = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, EndpointRecorder> Endpoints => _endpoints;

    public void Record(Sample sample, double milliseconds) => For(sample.Endpoint).Record(sample.Status, milliseconds);

    public void Add(SampleRecorder other)
    {
        foreach (var (endpoint, recorder) in other._endpoints)
        {
            For(endpoint).Add(recorder);
        }
    }

    public EndpointRecorder For(string endpoint)
    {
        if (!_endpoints.TryGetValue(endpoint, out var recorder))
        {
            recorder = new EndpointRecorder();
            _endpoints[endpoint] = recorder;
        }

        return recorder;
    }

    public static SampleRecorder Merge(IEnumerable<SampleRecorder> recorders)
    {
        var merged = new SampleRecorder();
        foreach (var recorder in recorders)
        {
            merged.Add(recorder);
        }

        return merged;
    }
}
