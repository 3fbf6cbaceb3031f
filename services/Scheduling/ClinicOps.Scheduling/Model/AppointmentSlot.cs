using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Scheduling.Model;

/// <summary>A start (UTC, microsecond precision like timestamptz) and a duration of 5–480 minutes.</summary>
public sealed record AppointmentSlot
{
    public AppointmentSlot(DateTimeOffset startsAt, int durationMinutes)
    {
        if (durationMinutes is < Appointment.MinDurationMinutes or > Appointment.MaxDurationMinutes)
        {
            throw new ValidationException("durationMinutes",
                $"durationMinutes must be between {Appointment.MinDurationMinutes} and {Appointment.MaxDurationMinutes}.");
        }

        StartsAt = StoredTime.Of(startsAt);
        DurationMinutes = durationMinutes;
    }

    public DateTimeOffset StartsAt { get; }
    public int DurationMinutes { get; }
    public DateTimeOffset EndsAt => StartsAt.AddMinutes(DurationMinutes);
}
