using System.Diagnostics.Metrics;
using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// The read model's health for the ops team (Meter "ClinicOps.Analytics", exported by the service defaults'
/// OpenTelemetry set-up to the Aspire dashboard): events consumed per type, consumer lag (now − the event's
/// time) and freshness (seconds since the newest event this instance applied).
/// </summary>
public sealed class AnalyticsMetrics
{
    public const string MeterName = "ClinicOps.Analytics";

    private readonly Counter<long> _consumed;
    private readonly Histogram<double> _lag;
    private readonly TimeProvider _time;
    private long _newestAppliedTicks;

    public AnalyticsMetrics(IMeterFactory meterFactory, TimeProvider time)
    {
        _time = time;
        var meter = meterFactory.Create(MeterName);
        _consumed = meter.CreateCounter<long>("clinicops.analytics.events_consumed", unit: "{event}",
            description: "Integration events applied to the read model, by event type.");
        _lag = meter.CreateHistogram<double>("clinicops.analytics.consumer_lag", unit: "ms",
            description: "Time from an event happening to the read model applying it.");
        meter.CreateObservableGauge("clinicops.analytics.read_model_freshness", ObserveFreshness, unit: "s",
            description: "Seconds since the newest event the read model applied happened.");
    }

    public void EventApplied(IntegrationEvent evt, DateTimeOffset now)
    {
        var type = new KeyValuePair<string, object?>("event_type", evt.GetType().Name);
        _consumed.Add(1, type);
        _lag.Record(Math.Max(0, (now - evt.OccurredAt).TotalMilliseconds), type);

        var ticks = evt.OccurredAt.UtcTicks;
        var seen = Interlocked.Read(ref _newestAppliedTicks);
        while (ticks > seen)
        {
            var previous = Interlocked.CompareExchange(ref _newestAppliedTicks, ticks, seen);
            if (previous == seen)
            {
                break;
            }

            seen = previous;
        }
    }

    private IEnumerable<Measurement<double>> ObserveFreshness()
    {
        var ticks = Interlocked.Read(ref _newestAppliedTicks);
        if (ticks == 0)
        {
            return [];
        }

        var age = _time.Now() - new DateTimeOffset(ticks, TimeSpan.Zero);
        return [new Measurement<double>(Math.Max(0, age.TotalSeconds))];
    }
}
