using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// A stretch in which a doctor does not see patients (holiday, course). Overlapping time off is allowed: availability
/// merges it. It binds new bookings only; appointments already in it stay for the clinic to move.
/// </summary>
public sealed class TimeOff : ITenantOwned, IAudited
{
    public const int MaxReasonLength = 200;

    private TimeOff()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid DoctorId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public DateTimeOffset EndsAt { get; private set; }
    public string? Reason { get; private set; }

    public TimeRange Range => new(StartsAt, EndsAt);

    /// <summary><paramref name="range"/> must not be empty (the API refuses that as a field error first).</summary>
    public static TimeOff For(Guid doctorId, TimeRange range, string? reason, DateTimeOffset now)
    {
        if (range.IsEmpty)
        {
            throw new ArgumentException("Time off must end after it starts.", nameof(range));
        }

        return new TimeOff
        {
            Id = Guid.CreateVersion7(now),
            DoctorId = doctorId,
            StartsAt = range.Start.ToUniversalTime(),
            EndsAt = range.End.ToUniversalTime(),
            Reason = reason,
        };
    }
}
