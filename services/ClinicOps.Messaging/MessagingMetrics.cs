using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace ClinicOps.Messaging;

/// <summary>
/// Meter "ClinicOps.Messaging" (ServiceDefaults exports every "ClinicOps.*" meter): events published and consumed
/// per type and service, publish and consume failures, dead outbox rows, messages waiting in _error queues, and consumer
/// lag — how long after it happened an event was handled.
/// </summary>
public sealed class MessagingMetrics
{
    public const string MeterName = "ClinicOps.Messaging";

    private readonly string _service;
    private readonly Counter<long> _published;
    private readonly Counter<long> _publishFailures;
    private readonly Counter<long> _dead;
    private readonly Counter<long> _consumed;
    private readonly Counter<long> _consumeFailures;
    private readonly Histogram<double> _lag;
    private readonly Histogram<long> _batchSize;
    private readonly ConcurrentDictionary<string, long> _errorQueueLengths = new(StringComparer.Ordinal);

    public MessagingMetrics(IMeterFactory meterFactory, MessagingOptions options)
    {
        _service = options.ServiceName;
        var meter = meterFactory.Create(MeterName);
        _published = meter.CreateCounter<long>("clinicops.messaging.events.published", "{event}",
            "Integration events published from the outbox.");
        _publishFailures = meter.CreateCounter<long>("clinicops.messaging.publish.failures", "{attempt}",
            "Outbox publish attempts that failed and will be retried.");
        _dead = meter.CreateCounter<long>("clinicops.messaging.outbox.dead", "{event}",
            "Outbox rows that failed their last allowed publish attempt and are no longer tried.");
        _consumed = meter.CreateCounter<long>("clinicops.messaging.events.consumed", "{event}",
            "Integration events handled by a consumer (redeliveries excluded).");
        _consumeFailures = meter.CreateCounter<long>("clinicops.messaging.consume.failures", "{attempt}",
            "Consumer attempts that failed (each broker retry counts; the last one sends the message to the _error queue).");
        _lag = meter.CreateHistogram<double>("clinicops.messaging.consumer.lag", "s",
            "Time from an event's OccurredAt to the commit of its consumer.");
        _batchSize = meter.CreateHistogram<long>("clinicops.messaging.consumer.batch_size", "{event}",
            "Events a service handled together in one transaction: 1 while events arrive one at a time, more under load.");
        meter.CreateObservableGauge("clinicops.messaging.error_queue.messages",
            () => _errorQueueLengths.Select(queue => new Measurement<long>(queue.Value,
                new KeyValuePair<string, object?>("queue", queue.Key), new KeyValuePair<string, object?>("service", _service))),
            "{message}", "Messages waiting in an _error queue: events whose handler failed every retry, to replay once the cause is fixed.");
    }

    public void Published(string eventType) => _published.Add(1, Tags(eventType));

    public void PublishFailed(string eventType) => _publishFailures.Add(1, Tags(eventType));

    public void Dead(string eventType) => _dead.Add(1, Tags(eventType));

    public void ErrorQueueLength(string queue, long messages) => _errorQueueLengths[queue] = messages;

    public void ConsumeFailed(string eventType) => _consumeFailures.Add(1, Tags(eventType));

    public void Consumed(string eventType, TimeSpan lag)
    {
        var tags = Tags(eventType);
        _consumed.Add(1, tags);
        _lag.Record(Math.Max(0, lag.TotalSeconds), tags);
    }

    public void ConsumedTogether(int events) => _batchSize.Record(events, new KeyValuePair<string, object?>("service", _service));

    private TagList Tags(string eventType) => new() { { "event.type", eventType }, { "service", _service } };
}
