namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>A span a service exported: the service (its OTEL service name), ids in hex, and no parent for a root.</summary>
public sealed record ReceivedSpan(string Service, string TraceId, string SpanId, string? ParentSpanId, string Name, DateTimeOffset StartedAt)
{
    public bool IsRoot => ParentSpanId is null;

    public override string ToString() => $"{Service}: {Name} (trace {TraceId}{(IsRoot ? ", root" : "")}, {StartedAt:HH:mm:ss.fff})";
}
