namespace ClinicOps.Web.Api;

/// <summary>
/// An appointment as the API returns it, with the doctor's, patient's and type's names a calendar or list shows, so a
/// page needs no further look-up per appointment.
/// </summary>
/// <param name="Price">The type's price when it was chosen, in the clinic's currency; null without a type or price.</param>
public sealed record Appointment(
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
    /// <summary>The If-Match value for a change: the version the page showed.</summary>
    public string ETag => $"\"{Version}\"";

    public bool IsScheduled => Status == AppointmentStatus.Scheduled;

    /// <summary>What the API allows in this state: changes and status actions only while scheduled; no-show once started.</summary>
    public bool CanChange => IsScheduled;

    public bool CanMarkNoShow(DateTimeOffset now) => IsScheduled && StartsAt <= now;
}
