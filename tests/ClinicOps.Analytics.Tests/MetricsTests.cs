using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using ClinicOps.Analytics.Services;
using ClinicOps.Analytics.Tests.Support;

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
            if (instrument.Meter.Name == AnalyticsMetrics.MeterName)
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

        Assert.Contains(measurements, m => m is { Instrument: "clinicops.analytics.events_consumed", EventType: "DoctorRegistered" });
        Assert.Contains(measurements, m => m is { Instrument: "clinicops.analytics.consumer_lag", EventType: "ClinicRegistered" } && m.Value > 0);
        Assert.Contains(measurements, m => m.Instrument == "clinicops.analytics.read_model_freshness" && m.Value >= 0);
    }

    private static string? TypeOf(ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        foreach (var tag in tags)
        {
            if (tag.Key == "event_type")
            {
                return tag.Value as string;
            }
        }

        return null;
    }
}
