using System.Linq.Expressions;
using ClinicOps.Scheduling.Model;

namespace ClinicOps.Scheduling.Dtos;

/// <param name="Version">The row version (xmin), the same value as the ETag.</param>
public sealed record AppointmentResponse(
    Guid Id,
    Guid DoctorId,
    Guid PatientId,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int DurationMinutes,
    string Status,
    string? Notes,
    string? CancelReason,
    uint Version)
{
    public static readonly Expression<Func<Appointment, AppointmentResponse>> Projection =
        a => new AppointmentResponse(a.Id, a.DoctorId, a.PatientId, a.StartsAt, a.EndsAt, a.DurationMinutes, a.Status,
            a.Notes, a.CancelReason, a.RowVersion);

    public static AppointmentResponse From(Appointment a) => new(a.Id, a.DoctorId, a.PatientId, a.StartsAt, a.EndsAt,
        a.DurationMinutes, a.Status, a.Notes, a.CancelReason, a.RowVersion);
}
