namespace ClinicOps.IntegrationTests.Reliability.Support;

/// <summary>Waits for an asynchronous effect with a deadline (never a fixed long sleep); the failure names what was last seen.</summary>
public static class Poll
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    public static async Task<T> UntilAsync<T>(Func<Task<T>> read, Func<T, bool> done, string what, TimeSpan within)
    {
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (true)
        {
            var value = await read();
            if (done(value))
            {
                return value;
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                Assert.Fail($"Timed out after {within.TotalSeconds:0} s waiting for {what}; last seen: {value}");
            }

            await Task.Delay(Interval);
        }
    }

    public static Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan within) =>
        UntilAsync(condition, done => done, what, within);
}
