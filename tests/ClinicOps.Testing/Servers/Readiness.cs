using System.Diagnostics;

namespace ClinicOps.Testing.Servers;

internal static class Readiness
{
    /// <summary>
    /// Polls <paramref name="probe"/> until it answers true. Fails fast, with the server's own output, when the
    /// process exits or the deadline passes — a test must never hang on a server that will not come up.
    /// </summary>
    public static async Task WaitAsync(ServerProcess? process, string what, TimeSpan deadline,
        Func<CancellationToken, Task<bool>> probe, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (process is { HasExited: true })
            {
                throw new ServerStartException($"{what} exited during start-up.", process.RecentOutput);
            }

            using (var attempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken))
            {
                attempt.CancelAfter(TimeSpan.FromSeconds(5));
                if (await probe(attempt.Token))
                {
                    return;
                }
            }

            if (clock.Elapsed > deadline)
            {
                throw new ServerStartException($"{what} was not ready within {deadline.TotalSeconds:0} s.", process?.RecentOutput);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(200), cancellationToken);
        }
    }
}
