using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.App;

namespace ClinicOps.Benchmarks;

/// <summary>
/// What the figures share: the running app and its memory readings, clients for the gateway and for scheduling, the
/// run's clinics, and the capacity figure 3 found.
/// </summary>
public sealed class BenchContext(
    BenchmarkOptions options,
    BenchApp app,
    MemorySampler memory,
    ApiClient gateway,
    ApiClient scheduling,
    IReadOnlyList<BenchClinic> loadClinics,
    IReadOnlyList<BenchClinic> probeClinics,
    IReadOnlyList<BenchClinic> scaleClinics,
    BenchClinic slotsClinic,
    BenchClinic calendarClinic,
    Action<string> log)
{
    public BenchmarkOptions Options => options;

    public BenchApp App => app;

    public MemorySampler Memory => memory;

    /// <summary>Requests per second figure 3's closed loop reached (its mixed clients only); null until it ran.</summary>
    public double? MixedRequestsPerSecond { get; set; }

    public ApiClient Gateway => gateway;

    public ApiClient Scheduling => scheduling;

    public IReadOnlyList<BenchClinic> LoadClinics => loadClinics;

    public IReadOnlyList<BenchClinic> ProbeClinics => probeClinics;

    public IReadOnlyList<BenchClinic> ScaleClinics => scaleClinics;

    /// <summary>Figure 7's clinic, whose diary it fills.</summary>
    public BenchClinic SlotsClinic => slotsClinic;

    /// <summary>Figure 10's clinic, whose day it books for the calendar.</summary>
    public BenchClinic CalendarClinic => calendarClinic;

    public void Log(string message) => log(message);

    /// <summary>Rotates every clinic's tokens that are past half their life, so no figure runs on an expiring token.</summary>
    public async Task RefreshTokensAsync(CancellationToken cancellationToken)
    {
        foreach (var clinic in loadClinics.Concat(probeClinics).Concat(scaleClinics).Append(slotsClinic).Append(calendarClinic))
        {
            await clinic.RefreshIfAgedAsync(gateway, cancellationToken);
        }
    }
}
