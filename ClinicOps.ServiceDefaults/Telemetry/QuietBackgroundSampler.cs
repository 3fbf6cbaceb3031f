using System.Diagnostics;
using OpenTelemetry.Trace;

namespace ClinicOps.ServiceDefaults.Telemetry;

/// <summary>
/// Decides for spans that start a trace (a parent's decision is kept by <see cref="ParentBasedSampler"/>): a client
/// call that nothing traced caused — a database query or HTTP call made by a background poll or a health check — is
/// dropped. Every outbox relay, dispatcher and health check queries PostgreSQL every second or so, and each of those
/// queries was a trace of its own: an idle app filled the dashboard with about five empty traces a second. Work such a
/// poll finds is traced under the context of the event it carries (<c>MessagingActivities</c>), and requests, consumed
/// messages and our own spans still start traces.
/// </summary>
public sealed class QuietBackgroundSampler : Sampler
{
    public static Sampler Create() => new ParentBasedSampler(new QuietBackgroundSampler());

    public override SamplingResult ShouldSample(in SamplingParameters samplingParameters) =>
        samplingParameters.Kind == ActivityKind.Client
            ? new SamplingResult(SamplingDecision.Drop)
            : new SamplingResult(SamplingDecision.RecordAndSample);
}
