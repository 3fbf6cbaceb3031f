namespace ClinicOps.Reminders.Tests.Infrastructure;

/// <summary>Waits for an asynchronous effect (an event consumed) by polling with a deadline — never a long sleep.</summary>
public static class Eventually
{
    private static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    public static async Task<T> GetAsync<T>(Func<Task<T>> probe, Func<T, bool> done, string what, TimeSpan? timeout = null)
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
                throw new TimeoutException($"Timed out waiting for {what}.");
            }

            await Task.Delay(Interval);
        }
    }

    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null) =>
        GetAsync(condition, ok => ok, what, timeout);
}
