using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Times at the edges of what a DateTimeOffset holds (year 9999, year 0001) and times that are not times.</summary>
public static class DateAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        Booking("appointment at the end of year 9999", "9999-12-31T23:59:00Z"),
        Booking("appointment in year 0001", "0001-01-01T00:00:00Z"),
        Booking("appointment at a time that is not a time", "2030-13-45T99:00:00Z"),
        new("appointment moved to year 0001", t => Json(t.Owner, "PATCH", $"/api/appointments/{t.Clinic.AppointmentId}",
            new { startsAt = "0001-01-01T00:00:00Z" }), [BadRequest, UnprocessableEntity]),
        new("appointment moved to the end of year 9999", t => Json(t.Owner, "PATCH", $"/api/appointments/{t.Clinic.AppointmentId}",
            new { startsAt = "9999-12-31T23:59:00Z" }), [BadRequest, UnprocessableEntity]),
        Birth("date of birth in year 9999", "9999-12-31"),
        Birth("date of birth in year 0001", "0001-01-01"),
        new("reminder due at the end of year 9999", t => Json(t.Owner, "POST", $"/api/appointments/{t.Clinic.AppointmentId}/reminders",
            new { type = "call", purpose = "follow_up", sendAt = "9999-12-31T23:59:59Z" }), [BadRequest, UnprocessableEntity]),
        new("reminder due in year 0001", t => Json(t.Owner, "POST", $"/api/appointments/{t.Clinic.AppointmentId}/reminders",
            new { type = "call", sendAt = "0001-01-01T00:00:00Z" }), [BadRequest, UnprocessableEntity]),
        new("revenue report from year 0001 to year 9999", t => Json(t.Owner, "GET", "/api/reports/revenue?from=0001-01-01&to=9999-12-31"),
            [BadRequest]),
        new("free slots from year 0001 to year 9999", t => Json(t.Owner, "GET", "/api/availability?from=0001-01-01&to=9999-12-31"), [BadRequest]),
        new("free slots at the end of year 9999", t => Json(t.Owner, "GET", "/api/availability?from=9999-12-31&to=9999-12-31"), [BadRequest]),
        new("time off until the end of year 9999", t => Json(t.Owner, "POST", $"/api/doctors/{t.Clinic.DoctorId}/time-off",
            new { startsAt = "2030-01-01T00:00:00Z", endsAt = "9999-12-31T23:59:59Z" }), [BadRequest]),
        new("time off from year 0001", t => Json(t.Owner, "POST", $"/api/doctors/{t.Clinic.DoctorId}/time-off",
            new { startsAt = "0001-01-01T00:00:00Z", endsAt = "2030-01-01T00:00:00Z" }), [BadRequest]),
    ];

    private static AttackCase Booking(string name, string startsAt) => new(
        name,
        t => Json(t.Owner, "POST", "/api/appointments", new { doctorId = t.Clinic.DoctorId, patientId = t.Clinic.PatientId, startsAt }),
        [BadRequest]);

    private static AttackCase Birth(string name, string dateOfBirth) => new(
        name,
        t => Json(t.Owner, "POST", "/api/patients", new { name = "Eve Edge", phone = Infrastructure.Phones.NewE164(), dateOfBirth }),
        [BadRequest]);
}
