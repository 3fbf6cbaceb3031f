using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ClinicOps.Analytics.Services;
using ClinicOps.Analytics.Tests.Infrastructure;
using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Testing;

namespace ClinicOps.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class MetricsTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task Consuming_events_records_count_per_type_lag_and_freshness()
    {
        var measurements = new ConcurrentBag<(string Instrument, double Value, string? EventType)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name is AnalyticsMetrics.MeterName or MessagingMetrics.MeterName)
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((i, value, tags, _) => measurements.Add((i.Name, value, TypeOf(tags))));
        listener.SetMeasurementEventCallback<double>((i, value, tags, _) => measurements.Add((i.Name, value, TypeOf(tags))));
        listener.Start();

        var story = new ClinicStory();
        story.Doctor("Dr Metric");
        await factory.Feed.PublishAsync(story.Events);
        listener.RecordObservableInstruments();

        Assert.Contains(measurements, m => m.Instrument == "clinicops.analytics.read_model_freshness" && m.Value >= 0);
        // The consumer measures an event once its transaction has committed, a moment after the read model shows it.
        await Eventually.UntilAsync(() => Task.FromResult(measurements.Any(m => m is { Instrument: "clinicops.messaging.events.consumed" }
            && m.EventType == typeof(DoctorRegistered).FullName)), "the doctor's event counted as consumed");
        await Eventually.UntilAsync(() => Task.FromResult(measurements.Any(m => m is { Instrument: "clinicops.messaging.consumer.lag" }
            && m.EventType == typeof(ClinicRegistered).FullName && m.Value > 0)), "the clinic's event's lag measured");
    }

    private static string? TypeOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "event.type")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
