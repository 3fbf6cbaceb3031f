namespace ClinicOps.Messaging.Tests;

public sealed class ConsumerSlotsTests
{
    [Fact]
    public async Task A_handler_past_the_limit_waits_until_one_finishes()
    {
        var slots = new ConsumerSlots(new MessagingOptions("test") { MaxConcurrentHandlers = 2 });
        var first = await slots.EnterAsync(CancellationToken.None);
        using var second = await slots.EnterAsync(CancellationToken.None);

        var third = slots.EnterAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(third.IsCompleted, "a third handler ran while two held their slots");

        first.Dispose();
        first.Dispose(); // releasing twice must not hand out an extra slot
        using var entered = await third.WaitAsync(TimeSpan.FromSeconds(5));
        var fourth = slots.EnterAsync(CancellationToken.None);
        await Task.Delay(100);
        Assert.False(fourth.IsCompleted, "a double release made room for a third concurrent handler");
    }
}
