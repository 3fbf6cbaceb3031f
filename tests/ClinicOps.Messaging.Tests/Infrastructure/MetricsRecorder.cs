using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>Listens to one meter and keeps the measurements tagged with one service (other hosts may run in parallel).</summary>
public sealed class MetricsRecorder : IDisposable
{
    private readonly MeterListener _listener = new();
    private readonly ConcurrentQueue<(string Instrument, double Value, string? EventType)> _measurements = new();

    public MetricsRecorder(string meterName, string service)
    {
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == meterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((instrument, value, tags, _) => Record(instrument, value, tags, service));
        _listener.SetMeasurementEventCallback<double>((instrument, value, tags, _) => Record(instrument, value, tags, service));
        _listener.Start();
    }

    /// <summary>The event types of the measurements tagged with one (a round's batch size is not: it may mix types).</summary>
    public IEnumerable<string?> EventTypes => _measurements.Where(m => m.Instrument != "clinicops.messaging.consumer.batch_size")
        .Select(m => m.EventType).Distinct();

    public double Sum(string instrument) => _measurements.Where(m => m.Instrument == instrument).Sum(m => m.Value);

    public double Max(string instrument) => _measurements.Where(m => m.Instrument == instrument).Select(m => m.Value).DefaultIfEmpty().Max();

    public int Count(string instrument) => _measurements.Count(m => m.Instrument == instrument);

    public void Dispose() => _listener.Dispose();

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags, string service)
    {
        string? eventType = null;
        var matches = false;
        foreach (var tag in tags)
        {
            matches |= tag is { Key: "service" } && Equals(tag.Value, service);
            eventType = tag.Key == "event.type" ? tag.Value as string : eventType;
        }

        if (matches)
        {
            _measurements.Enqueue((instrument.Name, value, eventType));
        }
    }
}
