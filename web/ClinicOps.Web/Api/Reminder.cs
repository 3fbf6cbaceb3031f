namespace ClinicOps.Web.Api;

/// <summary>
/// A reminder as the API returns it: <see cref="Type"/> is how it reaches the patient (sms, email, call), <see cref="Channel"/>
/// what actually carried it (smtp, sms-http, sms-dev-log, staff), <see cref="LastError"/> why the last attempt failed.
/// </summary>
public sealed record Reminder(
    Guid Id,
    Guid AppointmentId,
    string Type,
    string Purpose,
    DateTimeOffset SendAt,
    string Status,
    DateTimeOffset? SentAt,
    int Attempts,
    string? LastError,
    string? Channel,
    string? Note)
{
    public bool IsPending => Status == ReminderStatus.Pending;

    public bool IsCall => Type == ReminderType.Call;
}
