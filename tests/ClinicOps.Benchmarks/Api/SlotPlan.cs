namespace ClinicOps.Benchmarks.Api;

/// <summary>
/// Hands out booking slots that never overlap: slot n goes to doctor n mod D, starting
/// <c>first + (n div D) × length</c>. Thread-safe; every slot is handed out once.
/// </summary>
public sealed class SlotPlan(DateTimeOffset first, int doctors, int minutes)
{
    private long _next = -1;

    public int Minutes => minutes;

    public Slot Next()
    {
        var n = Interlocked.Increment(ref _next);
        return new Slot((int)(n % doctors), first.AddMinutes(minutes * (n / doctors)));
    }
}
