using System.Diagnostics.Metrics;
using ClinicOps.Contracts;
using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// How fresh the read model is, for the ops team (Meter "ClinicOps.Analytics", exported by the service defaults'
/// OpenTelemetry set-up to the Aspire dashboard): seconds since the newest event this instance applied happened.
/// Events consumed and consumer lag are ClinicOps.Messaging's, measured alike for every service.
/// </summary>
public sealed class AnalyticsMetrics
{
    public const string MeterName = "ClinicOps.Analytics";

    private readonly TimeProvider _time;
    private long _newestAppliedTicks;

    public AnalyticsMetrics(IMeterFactory meterFactory, TimeProvider time)
    {
        _time = time;
        var meter = meterFactory.Create(MeterName);
        meter.CreateObservableGauge("clinicops.analytics.read_model_freshness", ObserveFreshness, unit: "s",
            description: "Seconds since the newest event the read model applied happened.");
    }

    public void EventApplied(IntegrationEvent evt)
    {
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
