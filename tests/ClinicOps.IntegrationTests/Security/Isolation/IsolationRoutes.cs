using ClinicOps.IntegrationTests.Security.Infrastructure;
using static ClinicOps.IntegrationTests.Security.Isolation.IsolationExpectation;

namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>
/// The isolation matrix: every route of docs/api.md (and every further route the services publish), what clinic B
/// sends on it with clinic A's ids, and what B must get. A route the services publish without a row here fails
/// <see cref="TenantIsolationMatrixTests.Every_api_route_the_services_publish_has_a_row_in_the_matrix"/>.
/// </summary>
public static class IsolationRoutes
{
    public static readonly IReadOnlyList<IsolationRoute> All =
    [
        // Identity and clinic
        new("POST", "/api/clinics", a => SignUp(a.OwnerEmail), Refused), // A's owner email cannot be taken for a new clinic
        new("POST", "/api/auth/login", a => new { email = a.OwnerEmail, password = "Not-The-Owners-Password-1" }, Refused),
        new("POST", "/api/auth/refresh", _ => new { refreshToken = "a-refresh-token-nobody-was-given" }, Refused),
        new("POST", "/api/auth/logout", null, OwnSessionOnly), // body: A's refresh token, filled in by the scenario
        new("GET", "/api/me", null, OwnRecord),
        new("GET", "/api/clinics/current", null, OwnRecord),
        new("PATCH", "/api/clinics/current", _ => new { clinicName = $"Clinic B renamed {Unique()}" }, OwnRecord),
        new("GET", "/api/users", null, OnlyOwnRows),
        new("POST", "/api/users", _ => new { name = "Rita Reception", email = $"b-staff-{Unique()}@clinicops.test", password = ClinicSeeder.StaffPassword, role = "receptionist" }, OwnRecord),
        new("GET", "/api/users/{user}", null, NotFound),
        new("PATCH", "/api/users/{user}", _ => new { name = "Taken over", role = "owner" }, NotFound),
        new("DELETE", "/api/users/{user}", null, NotFound),
        new("POST", "/api/me/password", _ => new { currentPassword = "Not-The-Owners-Password-1", newPassword = "Velvet-Orchard-Compass-58" }, Refused),
        new("POST", "/api/auth/logout-all", null, OwnSessionsEndOnly), // sent by a session of B's own that may end

        // Doctors and patients
        new("GET", "/api/doctors", null, OnlyOwnRows),
        new("GET", "/api/doctors?specialization=Cardiology&search=Dr", null, OnlyOwnRows),
        new("POST", "/api/doctors", a => new { name = "Dr Linked", specialization = "GP", userId = a.UserId }, Refused), // A's user as the doctor's login
        new("GET", "/api/doctors/{doctor}", null, NotFound),
        new("PUT", "/api/doctors/{doctor}", _ => new { name = "Dr Taken Over", specialization = "Nothing" }, NotFound),
        new("DELETE", "/api/doctors/{doctor}", null, NotFound),
        new("GET", "/api/doctors/{doctor}/working-hours", null, NotFound),
        new("PUT", "/api/doctors/{doctor}/working-hours", _ => new { week = new[] { new { day = "monday", intervals = new[] { new { start = "09:00", end = "10:00" } } } } }, NotFound),
        new("GET", "/api/doctors/{doctor}/time-off", null, NotFound),
        new("POST", "/api/doctors/{doctor}/time-off", _ => new { startsAt = InADay(), endsAt = InAWeek(), reason = "taken by B" }, NotFound),
        new("DELETE", "/api/doctors/{doctor}/time-off/{timeOff}", null, NotFound),
        new("GET", "/api/patients", null, OnlyOwnRows),
        new("GET", "/api/patients?search=Pat", null, OnlyOwnRows),
        new("POST", "/api/patients", a => new { name = "Same Phone", phone = a.PatientPhone }, OwnRecord), // phones are unique per clinic only
        new("GET", "/api/patients/{patient}", null, NotFound),
        new("PUT", "/api/patients/{patient}", _ => new { name = "Taken Over", phone = Phones.NewE164() }, NotFound),
        new("POST", "/api/patients/{patient}/anonymize", null, NotFound),
        new("DELETE", "/api/patients/{patient}", null, NotFound),

        // Appointment types and free slots
        new("GET", "/api/appointment-types?includeArchived=true", null, OnlyOwnRows),
        new("POST", "/api/appointment-types", a => new { name = a.AppointmentTypeName, durationMinutes = 30 }, OwnRecord), // names are unique per clinic only
        new("GET", "/api/appointment-types/{appointmentType}", null, NotFound),
        new("PUT", "/api/appointment-types/{appointmentType}", _ => new { name = "Taken over", durationMinutes = 5, price = 0 }, NotFound),
        new("DELETE", "/api/appointment-types/{appointmentType}", null, NotFound),
        new("GET", "/api/availability?{reportRange}", null, OnlyOwnRows),
        new("GET", "/api/availability?doctorId={doctor}&{reportRange}", null, NotFound),
        new("GET", "/api/availability?appointmentTypeId={appointmentType}&{reportRange}", null, NotFound),

        // Appointments
        new("GET", "/api/appointments", null, OnlyOwnRows),
        new("GET", "/api/appointments?doctorId={doctor}&patientId={patient}&status=scheduled", null, OnlyOwnRows),
        new("POST", "/api/appointments", a => new { doctorId = a.DoctorId, patientId = a.PatientId, startsAt = InAWeek(), appointmentTypeId = a.AppointmentTypeId }, Refused),
        new("GET", "/api/appointments/{appointment}", null, NotFound),
        new("PATCH", "/api/appointments/{appointment}", _ => new { startsAt = InAWeek(), notes = "moved by B" }, NotFound),
        new("DELETE", "/api/appointments/{appointment}", null, NotFound),
        new("POST", "/api/appointments/{appointment}/complete", null, NotFound),
        new("POST", "/api/appointments/{appointment}/cancel", _ => new { reason = "cancelled by B" }, NotFound),
        new("POST", "/api/appointments/{appointment}/no-show", null, NotFound),

        // Payments
        new("GET", "/api/appointments/{paidAppointment}/payments", null, NotFoundOrEmpty),
        new("POST", "/api/appointments/{paidAppointment}/payments", _ => new { amount = 10.00m, method = "cash", status = "paid" }, NotFound),
        new("GET", "/api/payments", null, OnlyOwnRows),
        new("GET", "/api/payments?status=paid", null, OnlyOwnRows),
        new("GET", "/api/payments/{paidPayment}", null, NotFound),
        new("POST", "/api/payments/{pendingPayment}/mark-paid", null, NotFound),
        new("POST", "/api/payments/{pendingPayment}/mark-failed", null, NotFound),
        new("POST", "/api/payments/{paidPayment}/refund", null, NotFound),

        // Reminders
        new("GET", "/api/appointments/{appointment}/reminders", null, NotFoundOrEmpty),
        new("POST", "/api/appointments/{appointment}/reminders", _ => new { type = "call", purpose = "upcoming", sendAt = InADay() }, NotFound),
        new("GET", "/api/reminders", null, OnlyOwnRows),
        new("GET", "/api/reminders?type=call&status=pending", null, OnlyOwnRows),
        new("GET", "/api/reminders/{reminder}", null, NotFound),
        new("POST", "/api/reminders/{reminder}/cancel", null, NotFound),
        new("POST", "/api/reminders/{reminder}/mark-sent", _ => new { note = "reached by B" }, NotFound),
        new("POST", "/api/reminders/{reminder}/mark-failed", _ => new { note = "failed by B" }, NotFound),
        new("GET", "/api/reminders/settings", null, OwnRecord),
        new("PUT", "/api/reminders/settings", _ => new { leadTimesMinutes = new[] { 60, 1440 }, defaultType = "email", followUpAfterDays = (int?)null, followUpType = "sms" }, OwnRecord),

        // Dashboard and reports
        new("GET", "/api/dashboard", null, OwnZeroFigures),
        new("GET", "/api/dashboard/doctors", null, OwnZeroFigures),
        new("GET", "/api/reports/revenue?{reportRange}", null, OwnZeroFigures),

        // Audit trail: B's own trail holds B's changes, whose entry ids are no record of B's; asked for A's patient it has none
        new("GET", "/api/audit?entityId={patient}", null, OnlyOwnRows),
    ];

    public static IsolationRoute Named(string name) => All.Single(r => r.Name == name);

    private static string Unique() => Guid.CreateVersion7().ToString("N")[^10..];

    private static object SignUp(string email) => new
    {
        clinicName = "Clinic Impostor",
        timeZone = "Europe/Berlin",
        currency = "EUR",
        ownerName = "Ivan Impostor",
        email,
        password = ClinicSeeder.StaffPassword,
    };

    private static DateTimeOffset InADay() => TimeProvider.System.GetUtcNow().AddDays(1);

    private static DateTimeOffset InAWeek() => TimeProvider.System.GetUtcNow().AddDays(7);
}
