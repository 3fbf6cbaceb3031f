using ClinicOps.IntegrationTests.Security.Infrastructure;
using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// A logged-in doctor (a real staff user of the clinic) on the owner-only and front-desk routes: 403; and asking to book in
/// its time off with allowOutsideHours, which only owners and receptionists may use: 422 (the booking routes have no 403).
/// </summary>
public static class RoleAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        new("doctor creates an owner user (POST /api/users)", t => Json(t.Doctor, "POST", "/api/users",
            new { name = "Mallory", email = $"mallory-{Guid.CreateVersion7():N}@clinicops.test", password = ClinicSeeder.StaffPassword, role = "owner" }), [Forbidden]),
        new("doctor renames the clinic (PATCH /api/clinics/current)", t => Json(t.Doctor, "PATCH", "/api/clinics/current",
            new { clinicName = "Taken over" }), [Forbidden]),
        new("doctor changes reminder settings (PUT /api/reminders/settings)", t => Json(t.Doctor, "PUT", "/api/reminders/settings",
            new { leadTimesMinutes = new[] { 5 }, defaultType = "email", followUpAfterDays = (int?)null, followUpType = "call" }), [Forbidden]),
        new("doctor deletes the owner (DELETE /api/users/{owner})", t => Json(t.Doctor, "DELETE", $"/api/users/{t.Clinic.OwnerId}"), [Forbidden]),
        new("doctor promotes itself to owner (PATCH /api/users/{self})", t => Json(t.Doctor, "PATCH", $"/api/users/{t.Clinic.UserId}",
            new { role = "owner" }), [Forbidden]),
        new("doctor lists the staff (GET /api/users)", t => Json(t.Doctor, "GET", "/api/users"), [Forbidden]),
        new("doctor refunds a paid payment (POST /api/payments/{paid}/refund)", t => Json(t.Doctor, "POST", $"/api/payments/{t.Clinic.PaidPaymentId}/refund"),
            [Forbidden]),
        new("doctor sets working hours (PUT /api/doctors/{id}/working-hours)", t => Json(t.Doctor, "PUT", $"/api/doctors/{t.Clinic.DoctorId}/working-hours",
            new { week = new[] { new { day = "sunday", intervals = new[] { new { start = "03:00", end = "04:00" } } } } }), [Forbidden]),
        new("doctor books in time off with allowOutsideHours (POST /api/appointments)", t => Json(t.Doctor, "POST", "/api/appointments",
            new { doctorId = t.Clinic.DoctorId, patientId = t.Clinic.PatientId, startsAt = t.Clinic.TimeOffStartsAt.AddHours(10), allowOutsideHours = true }),
            [UnprocessableEntity]),
    ];
}
