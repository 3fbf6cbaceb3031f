using System.Diagnostics;
using ClinicOps.ServiceDefaults.Telemetry;
using System.Text.Json;
using ClinicOps.Contracts;

namespace ClinicOps.Messaging;

/// <summary>
/// An integration event waiting to be published, written in the same transaction as the change it describes.
/// The row id is the event id, which the relay also sends as MassTransit's MessageId.
/// </summary>
public sealed class OutboxMessage
{
    internal static readonly JsonSerializerOptions SerializerOptions = new(JsonSerializerDefaults.Web);

    private OutboxMessage()
    {
    }

    public Guid Id { get; private set; }

    /// <summary>The event's CLR full type name (e.g. ClinicOps.Contracts.Scheduling.AppointmentScheduled).</summary>
    public string Type { get; private set; } = "";

    public string Payload { get; private set; } = "";

    public Guid ClinicId { get; private set; }

    public DateTimeOffset OccurredAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public int Attempts { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>
    /// The W3C traceparent of the work that wrote the event (null when nothing was traced): the relay publishes under
    /// it, so the consumers' spans join the trace of the request or event that caused them.
    /// </summary>
    public string? TraceParent { get; private set; }

    /// <summary>The W3C tracestate that goes with <see cref="TraceParent"/>, if any.</summary>
    public string? TraceState { get; private set; }

    /// <summary>When a failed row may be tried again (null: as soon as possible).</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }

    /// <summary>
    /// When the row failed its last allowed attempt: the relay no longer tries it, /health reports it and an operator
    /// decides (fix the cause and clear dead_at and attempts, or delete it).
    /// </summary>
    public DateTimeOffset? DeadAt { get; private set; }

    public static OutboxMessage From(IntegrationEvent integrationEvent) => new()
    {
        Id = integrationEvent.EventId,
        Type = integrationEvent.GetType().FullName!,
        Payload = JsonSerializer.Serialize(integrationEvent, integrationEvent.GetType(), SerializerOptions),
        ClinicId = integrationEvent.ClinicId,
        OccurredAt = integrationEvent.OccurredAt,
        TraceParent = StoredTraceContext.CurrentParent(),
        TraceState = StoredTraceContext.CurrentState(),
    };

    /// <summary>The trace context the event was written under, if it was written while tracing.</summary>
    public ActivityContext? TraceContext() => StoredTraceContext.Parse(TraceParent, TraceState);

    public IntegrationEvent ToEvent()
    {
        var type = IntegrationEventTypes.Resolve(Type);
        return (IntegrationEvent)(JsonSerializer.Deserialize(Payload, type, SerializerOptions)
            ?? throw new InvalidOperationException($"Outbox message {Id} has an empty payload."));
    }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        LastError = null;
        NextAttemptAt = null;
    }

    /// <summary>
    /// Records a failed publish and backs off exponentially (0.5 s, 1 s, 2 s, … capped) before the next try; after
    /// <paramref name="maxAttempts"/> failures the row is dead and never tried again.
    /// </summary>
    public void MarkFailed(string error, DateTimeOffset now, TimeSpan maxBackoff, int maxAttempts)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        if (Attempts >= maxAttempts)
        {
            DeadAt = now;
            NextAttemptAt = null;
            return;
        }

        var backoff = TimeSpan.FromMilliseconds(500 * Math.Pow(2, Math.Min(Attempts - 1, 16)));
        NextAttemptAt = now + (backoff < maxBackoff ? backoff : maxBackoff);
    }
}
