namespace ClinicOps.Testing;

/// <summary>
/// Waits for an asynchronous effect (an event consumed, a probe run) by polling with a deadline — never a fixed sleep.
/// A test that asserts something did not happen first waits, with this, for the thing it depends on to have happened.
/// </summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan DefaultInterval = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Probes until <paramref name="done"/> holds and returns that value; throws with the last value seen after the
    /// timeout. A wider <paramref name="interval"/> suits probes that are costly or that count reads in a row.
    /// </summary>
    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null,
        TimeSpan? interval = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? DefaultTimeout);
        while (true)
        {
            var value = await probe();
            if (done(value))
            {
                return value;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting for {what}; last seen: {value}.");
            }

            await Task.Delay(interval ?? DefaultInterval);
        }
    }

    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null, TimeSpan? interval = null) =>
        GetAsync(condition, ok => ok, what, timeout, interval);
}
