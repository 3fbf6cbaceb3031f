using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>Events as identity and scheduling publish them.</summary>
public static class Events
{
    private static DateTimeOffset Now => TimeProvider.System.GetUtcNow();

    public static ClinicRegistered ClinicRegistered(Guid clinicId, string currency) => new()
    {
        ClinicId = clinicId, OccurredAt = Now, Name = "Test clinic", TimeZone = "Europe/Berlin", Currency = currency,
    };

    public static ClinicUpdated ClinicUpdated(Guid clinicId, string currency, DateTimeOffset? occurredAt = null) => new()
    {
        ClinicId = clinicId, OccurredAt = occurredAt ?? Now, Name = "Test clinic", TimeZone = "Europe/Berlin", Currency = currency,
    };

    public static AppointmentScheduled Scheduled(Guid clinicId)
    {
        var startsAt = Now.AddDays(1);
        return new AppointmentScheduled
        {
            ClinicId = clinicId, OccurredAt = Now, AppointmentId = Guid.CreateVersion7(), Version = 1,
            DoctorId = Guid.CreateVersion7(), PatientId = Guid.CreateVersion7(), StartsAt = startsAt, EndsAt = startsAt.AddMinutes(30),
            Status = "scheduled", DoctorName = "Dr. Test", PatientName = "Pat Test", PatientPhone = "+4915112345678",
        };
    }

    public static AppointmentCompleted Completed(AppointmentScheduled booked, int version) => new()
    {
        ClinicId = booked.ClinicId, OccurredAt = Now, AppointmentId = booked.AppointmentId, Version = version,
        DoctorId = booked.DoctorId, PatientId = booked.PatientId, StartsAt = booked.StartsAt, EndsAt = booked.EndsAt, Status = "completed",
    };

    public static AppointmentCancelled Cancelled(AppointmentScheduled booked, int version) => new()
    {
        ClinicId = booked.ClinicId, OccurredAt = Now, AppointmentId = booked.AppointmentId, Version = version,
        DoctorId = booked.DoctorId, PatientId = booked.PatientId, StartsAt = booked.StartsAt, EndsAt = booked.EndsAt,
        Status = "cancelled", Reason = "Patient called off",
    };

    public static AppointmentMarkedNoShow NoShow(AppointmentScheduled booked, int version) => new()
    {
        ClinicId = booked.ClinicId, OccurredAt = Now, AppointmentId = booked.AppointmentId, Version = version,
        DoctorId = booked.DoctorId, PatientId = booked.PatientId, StartsAt = booked.StartsAt, EndsAt = booked.EndsAt,
        Status = "no_show",
    };

    public static AppointmentRescheduled Rescheduled(AppointmentScheduled booked, int version, Guid doctorId) => new()
    {
        ClinicId = booked.ClinicId, OccurredAt = Now, AppointmentId = booked.AppointmentId, Version = version,
        DoctorId = doctorId, PatientId = booked.PatientId, StartsAt = booked.StartsAt.AddHours(1), EndsAt = booked.EndsAt.AddHours(1),
        Status = "scheduled",
    };

    public static AppointmentDeleted Deleted(AppointmentScheduled booked, int version) => new()
    {
        ClinicId = booked.ClinicId, OccurredAt = Now, AppointmentId = booked.AppointmentId, Version = version,
        DoctorId = booked.DoctorId, PatientId = booked.PatientId, StartsAt = booked.StartsAt, EndsAt = booked.EndsAt,
        Status = "scheduled", Deleted = true,
    };
}
