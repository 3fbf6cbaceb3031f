using System.Diagnostics;
using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.Load;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// One client of the mixed load that measures the read model's lag in a clinic of its own: it books, completes
/// (the "completed appointment" event) and records a paid payment (the "paid payment" event), and after each of
/// those answers polls GET /api/dashboard until the count or the revenue shows it. The lag is from the write's
/// answer to the answer of the first poll that shows it, an upper bound by at most one poll.
/// </summary>
public sealed class LagProbe(BenchClinic clinic, ApiClient gateway)
{
    public const string Poll = "GET /api/dashboard (lag polls)";
    public const string Book = "POST /api/appointments (probe)";
    public const string Complete = "POST /api/appointments/{id}/complete (probe)";
    public const string Pay = "POST /api/appointments/{id}/payments (probe)";
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(50);
    public static readonly TimeSpan VisibleWithin = TimeSpan.FromSeconds(10);
    private const decimal Amount = 10.00m;

    public SampleRecorder Samples { get; } = new();

    public List<double> CompletedLags { get; } = [];

    public List<double> PaidLags { get; } = [];

    /// <summary>Events not visible on the dashboard within <see cref="VisibleWithin"/>.</summary>
    public int Invisible { get; private set; }

    /// <summary>What the dashboard showed when an event was last given up on.</summary>
    public string? LastMiss { get; private set; }

    public async Task RunAsync(long stopAt, int maxEvents, CancellationToken cancellationToken)
    {
        var baseline = await DashboardAsync(cancellationToken);
        var completed = baseline?.CompletedAppointments ?? 0;
        var revenue = baseline?.Revenue ?? 0m;
        var turn = 0;
        while (Stopwatch.GetTimestamp() < stopAt && CompletedLags.Count + PaidLags.Count + Invisible < maxEvents)
        {
            var booked = await TimedAsync(Book, () => gateway.SendAsync<Created>(HttpMethod.Post, "/api/appointments",
                clinic.Token, clinic.NextBooking(turn++), cancellationToken: cancellationToken));
            if (!booked.IsSuccess || booked.Value is not { } appointment)
            {
                await Task.Delay(PollInterval, cancellationToken);
                continue;
            }

            var done = await TimedAsync(Complete, () => gateway.SendAsync<Created>(HttpMethod.Post,
                $"/api/appointments/{appointment.Id}/complete", clinic.Token, cancellationToken: cancellationToken));
            if (done.IsSuccess)
            {
                var expected = ++completed;
                await WatchAsync(Stopwatch.GetTimestamp(), d => d.CompletedAppointments >= expected, CompletedLags,
                    d => $"expected completedAppointments ≥ {expected}, saw {d?.CompletedAppointments} of {d?.TotalAppointments}", cancellationToken);
            }

            var paid = await TimedAsync(Pay, () => gateway.SendAsync<Created>(HttpMethod.Post,
                $"/api/appointments/{appointment.Id}/payments", clinic.Token, new { amount = Amount, method = "cash", status = "paid" },
                Guid.NewGuid().ToString("N"), cancellationToken));
            if (paid.IsSuccess)
            {
                var expected = revenue += Amount;
                await WatchAsync(Stopwatch.GetTimestamp(), d => d.Revenue >= expected, PaidLags,
                    d => $"expected revenue ≥ {expected}, saw {d?.Revenue}", cancellationToken);
            }
        }
    }

    private async Task WatchAsync(long committed, Func<Dashboard, bool> visible, List<double> lags, Func<Dashboard?, string> describe,
        CancellationToken cancellationToken)
    {
        Dashboard? last = null;
        while (Stopwatch.GetElapsedTime(committed) < VisibleWithin)
        {
            last = await DashboardAsync(cancellationToken) ?? last;
            if (last is not null && visible(last))
            {
                lags.Add(Stopwatch.GetElapsedTime(committed).TotalMilliseconds);
                return;
            }

            await Task.Delay(PollInterval, cancellationToken);
        }

        Invisible++;
        LastMiss = describe(last);
    }

    private async Task<Dashboard?> DashboardAsync(CancellationToken cancellationToken)
    {
        var answer = await TimedAsync(Poll, () => gateway.SendAsync<Dashboard>(HttpMethod.Get, "/api/dashboard", clinic.Token,
            cancellationToken: cancellationToken));
        return answer.IsSuccess ? answer.Value : null;
    }

    private async Task<ApiResponse<T>> TimedAsync<T>(string endpoint, Func<Task<ApiResponse<T>>> call)
    {
        var start = Stopwatch.GetTimestamp();
        var answer = await call();
        Samples.Record(new Sample(endpoint, answer.Status), Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        return answer;
    }
}
