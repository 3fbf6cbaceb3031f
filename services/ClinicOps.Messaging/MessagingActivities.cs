using System.Diagnostics;

namespace ClinicOps.Messaging;

/// <summary>
/// Activity source "ClinicOps.Messaging" (ServiceDefaults traces every "ClinicOps.*" source): the spans messaging adds
/// itself, so that work started by a poll joins the trace of whatever caused it instead of starting one of its own.
/// </summary>
public static class MessagingActivities
{
    public const string SourceName = "ClinicOps.Messaging";

    public static readonly ActivitySource Source = new(SourceName);

    /// <summary>
    /// Starts the span for work a background poll found, as a child of the trace context the work was written under
    /// (null when it was written while nothing was traced: the span is then a root of its own).
    /// </summary>
    public static Activity? StartFor(string name, ActivityKind kind, ActivityContext? cause) =>
        cause is { } parent ? Source.StartActivity(name, kind, parent) : Source.StartActivity(name, kind);
}
