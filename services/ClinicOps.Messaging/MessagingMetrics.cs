using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ClinicOps.Messaging;

/// <summary>
/// Meter "ClinicOps.Messaging" (ServiceDefaults exports every "ClinicOps.*" meter): events published and consumed
/// per type and service, publish failures, and consumer lag — how long after it happened an event was handled.
/// </summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "ClinicOps.Messaging";

    private readonly string _service;
    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _consumed;
    private readonly Histogram<double> _lag;

    public MessagingMetrics(IMeterFactory meterFactory, MessagingOptions options)
    {
        _service = options.ServiceName;
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>("clinicops.messaging.events.published", "{event}",
            "Integration events published from the outbox.");
        _publishFailures = meter.CreateCounter<long>("clinicops.messaging.publish.failures", "{attempt}",
            "Outbox publish attempts that failed and will be retried.");
        _consumed = meter.CreateCounter<long>("clinicops.messaging.events.consumed", "{event}",
            "Integration events handled by a consumer (redeliveries excluded).");
        _lag = meter.CreateHistogram<double>("clinicops.messaging.consumer.lag", "s",
            "Time from an event's OccurredAt to the commit of its consumer.");
    }

    public void Published(string eventType) => _published.Add(1, Tags(eventType));

    public void PublishFailed(string eventType) => _publishFailures.Add(1, Tags(eventType));

    public void Consumed(string eventType, TimeSpan lag)
    {
        var tags = Tags(eventType);
        _consumed.Add(1, tags);
        _lag.Record(Math.Max(0, lag.TotalSeconds), tags);
    }

    private TagList Tags(string eventType) => new() { { "event.type", eventType }, { "service", _service } };
}
