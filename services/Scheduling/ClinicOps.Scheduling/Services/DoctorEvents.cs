using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>The doctor's snapshot other services keep (reminders and analytics show its name).</summary>
internal static class DoctorEvents
{
    public static DoctorRegistered Registered(Guid clinicId, Doctor doctor, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        DoctorId = doctor.Id,
        Name = doctor.Name,
        Specialization = doctor.Specialization,
    };

    public static DoctorUpdated Updated(Guid clinicId, Doctor doctor, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        DoctorId = doctor.Id,
        Name = doctor.Name,
        Specialization = doctor.Specialization,
    };

    public static DoctorDeleted Deleted(Guid clinicId, Doctor doctor, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        DoctorId = doctor.Id,
    };
}
