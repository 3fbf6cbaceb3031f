using System.Diagnostics;

namespace ClinicOps.ServiceDefaults.Telemetry;

/// <summary>
/// The W3C trace context of the current span as two columns (traceparent, tracestate), for rows whose work is done
/// later by a background poll — an outbox row, a due reminder — so that work joins the trace that caused it.
/// </summary>
public static class StoredTraceContext
{
    /// <summary>A version 00 traceparent is 55 characters.</summary>
    public const int MaxParentLength = 55;

    /// <summary>Longer trace states are not kept (propagators keep about 512 characters).</summary>
    public const int MaxStateLength = 512;

    /// <summary>The current span's traceparent, or null when nothing is traced (or not in W3C format).</summary>
    public static string? CurrentParent() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C } current ? current.Id : null;

    /// <summary>The current span's tracestate when it has one that fits.</summary>
    public static string? CurrentState() =>
        Activity.Current is { IdFormat: ActivityIdFormat.W3C, TraceStateString: { Length: <= MaxStateLength } state } ? state : null;

    /// <summary>The stored context, or null when none was stored (or it cannot be read).</summary>
    public static ActivityContext? Parse(string? traceParent, string? traceState) =>
        ActivityContext.TryParse(traceParent, traceState, isRemote: true, out var context) ? context : null;
}
