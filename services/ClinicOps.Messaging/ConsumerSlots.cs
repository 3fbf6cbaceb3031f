namespace ClinicOps.Messaging;

/// <summary>
/// How many events one service handles at once, across all its queues. Every queue prefetches several messages,
/// and analytics alone has a queue per event type: unbounded, their handlers held about 50 database connections
/// (most waiting on a clinic's lock), the server ran out of connections and the service's own requests failed.
/// A waiting message holds no connection.
/// </summary>
public sealed class ConsumerSlots(MessagingOptions options)
{
    private readonly SemaphoreSlim slots = new(options.MaxConcurrentHandlers, options.MaxConcurrentHandlers);

    public async Task<IDisposable> EnterAsync(CancellationToken ct)
    {
        await slots.WaitAsync(ct);
        return new Slot(slots);
    }

    private sealed class Slot(SemaphoreSlim slots) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                slots.Release();
            }
        }
    }
}
