namespace ClinicOps.Scheduling.Tests.Support;

public static class Poll
{
    /// <summary>Waits for an asynchronous effect (a consumed event) with a deadline, never a fixed long sleep.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTimeOffset.UtcNow + (timeout ?? TimeSpan.FromSeconds(15));
        while (!await condition())
        {
            if (DateTimeOffset.UtcNow > deadline)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }

            await Task.Delay(100);
        }
    }
}
