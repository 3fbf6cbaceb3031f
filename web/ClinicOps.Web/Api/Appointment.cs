namespace ClinicOps.Web.Api;

/// <summary>
/// An appointment as the API returns it. <see cref="DoctorName"/> and <see cref="PatientName"/> come with the answer
/// where the API includes them; pages fall back to looking them up by id. <see cref="Price"/> is the price of the
/// appointment's type when it has one (what a payment without an amount is charged).
/// </summary>
public sealed record Appointment(
    Guid Id,
    Guid DoctorId,
    string? DoctorName,
    Guid PatientId,
    string? PatientName,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    int DurationMinutes,
    string Status,
    string? Notes,
    string? CancelReason,
    uint Version,
    string? AppointmentTypeName = null,
    decimal? Price = null)
{
    /// <summary>The If-Match value for a change: the version the page showed.</summary>
    public string ETag => $"\"{Version}\"";

    public bool IsScheduled => Status == AppointmentStatus.Scheduled;

    /// <summary>What the API allows in this state: changes and status actions only while scheduled; no-show once started.</summary>
    public bool CanChange => IsScheduled;

    public bool CanMarkNoShow(DateTimeOffset now) => IsScheduled && StartsAt <= now;
}
