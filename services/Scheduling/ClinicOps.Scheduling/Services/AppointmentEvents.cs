using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The appointment's whole state after a change, with its <see cref="Appointment.Revision"/> as the event Version,
/// so consumers apply only newer snapshots and converge under redelivery and reordering. Each carries the type and
/// price, so billing learns the price without calling back.
/// </summary>
internal static class AppointmentEvents
{
    public static AppointmentScheduled Scheduled(Guid clinicId, AppointmentView view, Patient patient, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = view.Appointment.Id,
        Version = view.Appointment.Revision,
        DoctorId = view.Appointment.DoctorId,
        PatientId = view.Appointment.PatientId,
        StartsAt = view.Appointment.StartsAt,
        EndsAt = view.Appointment.EndsAt,
        Status = view.Appointment.Status,
        Deleted = view.Appointment.IsDeleted,
        AppointmentTypeId = view.Appointment.AppointmentTypeId,
        AppointmentTypeName = view.AppointmentTypeName,
        Price = view.Appointment.Price,
        DoctorName = view.DoctorName,
        PatientName = patient.Name,
        PatientPhone = patient.Phone!, // an anonymised patient is never booked
        PatientEmail = patient.Email,
    };

    public static AppointmentRescheduled Rescheduled(Guid clinicId, AppointmentView view, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = view.Appointment.Id,
        Version = view.Appointment.Revision,
        DoctorId = view.Appointment.DoctorId,
        PatientId = view.Appointment.PatientId,
        StartsAt = view.Appointment.StartsAt,
        EndsAt = view.Appointment.EndsAt,
        Status = view.Appointment.Status,
        Deleted = view.Appointment.IsDeleted,
        AppointmentTypeId = view.Appointment.AppointmentTypeId,
        AppointmentTypeName = view.AppointmentTypeName,
        Price = view.Appointment.Price,
    };

    public static AppointmentCompleted Completed(Guid clinicId, AppointmentView view, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = view.Appointment.Id,
        Version = view.Appointment.Revision,
        DoctorId = view.Appointment.DoctorId,
        PatientId = view.Appointment.PatientId,
        StartsAt = view.Appointment.StartsAt,
        EndsAt = view.Appointment.EndsAt,
        Status = view.Appointment.Status,
        Deleted = view.Appointment.IsDeleted,
        AppointmentTypeId = view.Appointment.AppointmentTypeId,
        AppointmentTypeName = view.AppointmentTypeName,
        Price = view.Appointment.Price,
    };

    public static AppointmentCancelled Cancelled(Guid clinicId, AppointmentView view, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = view.Appointment.Id,
        Version = view.Appointment.Revision,
        DoctorId = view.Appointment.DoctorId,
        PatientId = view.Appointment.PatientId,
        StartsAt = view.Appointment.StartsAt,
        EndsAt = view.Appointment.EndsAt,
        Status = view.Appointment.Status,
        Deleted = view.Appointment.IsDeleted,
        AppointmentTypeId = view.Appointment.AppointmentTypeId,
        AppointmentTypeName = view.AppointmentTypeName,
        Price = view.Appointment.Price,
        Reason = view.Appointment.CancelReason,
    };

    public static AppointmentMarkedNoShow MarkedNoShow(Guid clinicId, AppointmentView view, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = view.Appointment.Id,
        Version = view.Appointment.Revision,
        DoctorId = view.Appointment.DoctorId,
        PatientId = view.Appointment.PatientId,
        StartsAt = view.Appointment.StartsAt,
        EndsAt = view.Appointment.EndsAt,
        Status = view.Appointment.Status,
        Deleted = view.Appointment.IsDeleted,
        AppointmentTypeId = view.Appointment.AppointmentTypeId,
        AppointmentTypeName = view.AppointmentTypeName,
        Price = view.Appointment.Price,
    };

    public static AppointmentDeleted Deleted(Guid clinicId, AppointmentView view, DateTimeOffset now) => new()
    {
        ClinicId = clinicId,
        OccurredAt = now,
        AppointmentId = view.Appointment.Id,
        Version = view.Appointment.Revision,
        DoctorId = view.Appointment.DoctorId,
        PatientId = view.Appointment.PatientId,
        StartsAt = view.Appointment.StartsAt,
        EndsAt = view.Appointment.EndsAt,
        Status = view.Appointment.Status,
        Deleted = view.Appointment.IsDeleted,
        AppointmentTypeId = view.Appointment.AppointmentTypeId,
        AppointmentTypeName = view.AppointmentTypeName,
        Price = view.Appointment.Price,
    };
}
