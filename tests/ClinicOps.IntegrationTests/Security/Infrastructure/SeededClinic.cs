using System.Globalization;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>
/// A signed-up clinic with one of everything, created through the API by <see cref="ClinicSeeder"/>: a staff user
/// (doctor role), a doctor with working hours and time off, an appointment type, a patient, two scheduled appointments
/// (the first of the type), a pending and a paid payment on the second one, and a pending call reminder on the first —
/// each in a state in which every action on it would succeed for its own clinic.
/// </summary>
public sealed record SeededClinic(
    Guid ClinicId,
    Guid OwnerId,
    string OwnerEmail,
    string ClinicName,
    Guid UserId,
    string UserEmail,
    Guid DoctorId,
    string DoctorName,
    Guid PatientId,
    string PatientName,
    string PatientPhone,
    Guid AppointmentId,
    Guid PaidAppointmentId,
    Guid PendingPaymentId,
    Guid PaidPaymentId,
    Guid ReminderId,
    Guid AppointmentTypeId,
    string AppointmentTypeName,
    Guid TimeOffId,
    DateTimeOffset TimeOffStartsAt,
    DateOnly ReportFrom,
    DateOnly ReportTo)
{
    public const string DashboardPath = "/api/dashboard";

    public IReadOnlyList<Guid> Ids =>
    [
        ClinicId, OwnerId, UserId, DoctorId, PatientId, AppointmentId, PaidAppointmentId, PendingPaymentId, PaidPaymentId, ReminderId,
        AppointmentTypeId, TimeOffId,
    ];

    /// <summary>Strings that only this clinic's data contains: its ids, names and email addresses.</summary>
    public IReadOnlyList<string> Markers =>
        [.. Ids.Select(id => id.ToString()), ClinicName, DoctorName, PatientName, OwnerEmail, UserEmail];

    /// <summary>Every read of the API that shows this clinic's data (each list, each record, the figures).</summary>
    public IReadOnlyList<string> ReadPaths =>
    [
        "/api/me", "/api/clinics/current", "/api/users?pageSize=100", $"/api/users/{UserId}",
        "/api/doctors?pageSize=100", $"/api/doctors/{DoctorId}", "/api/patients?pageSize=100", $"/api/patients/{PatientId}",
        "/api/appointments?pageSize=100", $"/api/appointments/{AppointmentId}", $"/api/appointments/{PaidAppointmentId}",
        "/api/payments?pageSize=100", $"/api/payments/{PendingPaymentId}", $"/api/payments/{PaidPaymentId}",
        $"/api/appointments/{PaidAppointmentId}/payments", "/api/reminders?pageSize=100", $"/api/reminders/{ReminderId}",
        $"/api/appointments/{AppointmentId}/reminders", "/api/reminders/settings",
        "/api/appointment-types?includeArchived=true&pageSize=100", $"/api/appointment-types/{AppointmentTypeId}",
        $"/api/doctors/{DoctorId}/working-hours", $"/api/doctors/{DoctorId}/time-off?pageSize=100",
        DashboardPath, "/api/dashboard/doctors", Resolve("/api/reports/revenue?{reportRange}"),
    ];

    /// <summary>The lists alone (each shows its rows in full): enough to see that nothing was added, changed or removed.</summary>
    public IReadOnlyList<string> ListPaths =>
    [
        "/api/me", "/api/users?pageSize=100", "/api/doctors?pageSize=100", "/api/patients?pageSize=100",
        "/api/appointments?pageSize=100", "/api/payments?pageSize=100", "/api/reminders?pageSize=100", "/api/reminders/settings",
        "/api/appointment-types?includeArchived=true&pageSize=100", $"/api/doctors/{DoctorId}/working-hours",
        $"/api/doctors/{DoctorId}/time-off?pageSize=100",
    ];

    /// <summary>Fills a path template's placeholders with this clinic's ids.</summary>
    public string Resolve(string template) => template
        .Replace("{user}", UserId.ToString(), StringComparison.Ordinal)
        .Replace("{owner}", OwnerId.ToString(), StringComparison.Ordinal)
        .Replace("{doctor}", DoctorId.ToString(), StringComparison.Ordinal)
        .Replace("{patient}", PatientId.ToString(), StringComparison.Ordinal)
        .Replace("{appointment}", AppointmentId.ToString(), StringComparison.Ordinal)
        .Replace("{paidAppointment}", PaidAppointmentId.ToString(), StringComparison.Ordinal)
        .Replace("{pendingPayment}", PendingPaymentId.ToString(), StringComparison.Ordinal)
        .Replace("{paidPayment}", PaidPaymentId.ToString(), StringComparison.Ordinal)
        .Replace("{reminder}", ReminderId.ToString(), StringComparison.Ordinal)
        .Replace("{appointmentType}", AppointmentTypeId.ToString(), StringComparison.Ordinal)
        .Replace("{timeOff}", TimeOffId.ToString(), StringComparison.Ordinal)
        .Replace("{reportRange}", $"from={Day(ReportFrom)}&to={Day(ReportTo)}", StringComparison.Ordinal);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
