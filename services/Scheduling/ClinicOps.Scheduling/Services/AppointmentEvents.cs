using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The appointment's whole state after a change, with its <see cref="Appointment.Revision"/> as the event Version,
/// so consumers apply only newer snapshots and converge under redelivery and reordering.
/// </summary>
internal static class AppointmentEvents
{
    public static AppointmentScheduled Scheduled(Guid clinicId, Appointment a, Doctor doctor, Patient patient, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = a.Id,
        Version = a.Revision,
        DoctorId = a.DoctorId,
        PatientId = a.PatientId,
        StartsAt = a.StartsAt,
        EndsAt = a.EndsAt,
        Status = a.Status,
        Deleted = a.IsDeleted,
        DoctorName = doctor.Name,
        PatientName = patient.Name,
        PatientPhone = patient.Phone,
        PatientEmail = patient.Email,
    };

    public static AppointmentRescheduled Rescheduled(Guid clinicId, Appointment a, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = a.Id,
        Version = a.Revision,
        DoctorId = a.DoctorId,
        PatientId = a.PatientId,
        StartsAt = a.StartsAt,
        EndsAt = a.EndsAt,
        Status = a.Status,
        Deleted = a.IsDeleted,
    };

    public static AppointmentCompleted Completed(Guid clinicId, Appointment a, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = a.Id,
        Version = a.Revision,
        DoctorId = a.DoctorId,
        PatientId = a.PatientId,
        StartsAt = a.StartsAt,
        EndsAt = a.EndsAt,
        Status = a.Status,
        Deleted = a.IsDeleted,
    };

    public static AppointmentCancelled Cancelled(Guid clinicId, Appointment a, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = a.Id,
        Version = a.Revision,
        DoctorId = a.DoctorId,
        PatientId = a.PatientId,
        StartsAt = a.StartsAt,
        EndsAt = a.EndsAt,
        Status = a.Status,
        Deleted = a.IsDeleted,
        Reason = a.CancelReason,
    };

    public static AppointmentMarkedNoShow MarkedNoShow(Guid clinicId, Appointment a, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = a.Id,
        Version = a.Revision,
        DoctorId = a.DoctorId,
        PatientId = a.PatientId,
        StartsAt = a.StartsAt,
        EndsAt = a.EndsAt,
        Status = a.Status,
        Deleted = a.IsDeleted,
    };

    public static AppointmentDeleted Deleted(Guid clinicId, Appointment a, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = a.Id,
        Version = a.Revision,
        DoctorId = a.DoctorId,
        PatientId = a.PatientId,
        StartsAt = a.StartsAt,
        EndsAt = a.EndsAt,
        Status = a.Status,
        Deleted = a.IsDeleted,
    };
}
