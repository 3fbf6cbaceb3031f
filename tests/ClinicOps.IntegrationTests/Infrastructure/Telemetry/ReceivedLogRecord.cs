namespace ClinicOps.IntegrationTests.Infrastructure.Telemetry;

/// <summary>A log line a service exported: its trace id (hex, null outside a trace), its structured fields and text.</summary>
public sealed record ReceivedLogRecord(string Service, string? TraceId, IReadOnlyDictionary<string, string> Fields, string Body)
{
    public override string ToString() => $"{Service}: {Body} (trace {TraceId ?? "none"}; {string.Join(", ", Fields.Select(f => $"{f.Key}={f.Value}"))})";
}
