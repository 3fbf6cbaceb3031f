using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Dtos;

/// <summary>An appointment with the names a calendar shows, so a day's calendar is one request.</summary>
/// <param name="AppointmentTypeName">The type's current name (also for an archived type); null without a type.</param>
/// <param name="Price">The type's price when it was chosen; null without a type or price.</param>
/// <param name="Version">The row version (xmin), the same value as the ETag.</param>
public sealed record AppointmentResponse(
    Guid Id,
    Guid DoctorId,
    string DoctorName,
    Guid PatientId,
    string PatientName,
    Guid? AppointmentTypeId,
    string? AppointmentTypeName,
    decimal? Price,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int DurationMinutes,
    string Status,
    string? Notes,
    string? CancelReason,
    uint Version)
{
    public static AppointmentResponse From(AppointmentView view)
    {
        var a = view.Appointment;
        return new(a.Id, a.DoctorId, view.DoctorName, a.PatientId, view.PatientName, a.AppointmentTypeId, view.AppointmentTypeName,
            a.Price, a.StartsAt, a.EndsAt, a.DurationMinutes, a.Status, a.Notes, a.CancelReason, a.RowVersion);
    }
}
