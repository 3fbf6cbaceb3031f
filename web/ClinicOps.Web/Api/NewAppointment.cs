namespace ClinicOps.Web.Api;

/// <summary>
/// A booking as POST /api/appointments takes it. The length is always sent (the form shows the type's, which the person
/// may change); <see cref="AllowOutsideHours"/> is honoured for owners and receptionists only.
/// </summary>
public sealed record NewAppointment(
    Guid DoctorId,
    Guid PatientId,
    DateTimeOffset StartsAt,
    int DurationMinutes,
    Guid? AppointmentTypeId,
    string? Notes,
    bool AllowOutsideHours)
{
    public object ToBody() => new
    {
        doctorId = DoctorId,
        patientId = PatientId,
        startsAt = StartsAt,
        durationMinutes = DurationMinutes,
        appointmentTypeId = AppointmentTypeId,
        notes = Blank.ToNull(Notes),
        allowOutsideHours = AllowOutsideHours ? true : (bool?)null,
    };
}
