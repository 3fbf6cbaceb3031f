using ClinicOps.IntegrationTests.Security.Infrastructure;
using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Status, method, type, purpose, role and weekday values the API does not define: 400.</summary>
public static class EnumAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        new("unknown appointment status filter", t => Json(t.Owner, "GET", "/api/appointments?status=deleted"), [BadRequest]),
        new("unknown payment status filter", t => Json(t.Owner, "GET", "/api/payments?status=stolen"), [BadRequest]),
        new("unknown reminder type filter", t => Json(t.Owner, "GET", "/api/reminders?type=pigeon"), [BadRequest]),
        new("unknown payment method", t => Json(t.Owner, "POST", t.PaymentsPath, new { amount = 10.00m, method = "bitcoin" },
            r => r.Headers.Add("Idempotency-Key", NewKey())), [BadRequest]),
        new("payment created as refunded", t => Json(t.Owner, "POST", t.PaymentsPath, new { amount = 10.00m, method = "cash", status = "refunded" },
            r => r.Headers.Add("Idempotency-Key", NewKey())), [BadRequest]),
        new("unknown reminder type", t => Json(t.Owner, "POST", $"/api/appointments/{t.Clinic.AppointmentId}/reminders",
            new { type = "pigeon", sendAt = TimeProvider.System.GetUtcNow().AddDays(1) }), [BadRequest]),
        new("unknown reminder purpose", t => Json(t.Owner, "POST", $"/api/appointments/{t.Clinic.AppointmentId}/reminders",
            new { type = "sms", purpose = "revenge", sendAt = TimeProvider.System.GetUtcNow().AddDays(1) }), [BadRequest]),
        new("unknown user role", t => Json(t.Owner, "POST", "/api/users",
            new { name = "Root", email = $"root-{Guid.CreateVersion7():N}@clinicops.test", password = ClinicSeeder.StaffPassword, role = "superadmin" }), [BadRequest]),
        new("unknown default reminder type in settings", t => Json(t.Owner, "PUT", "/api/reminders/settings",
            new { leadTimesMinutes = new[] { 1440 }, defaultType = "telegram", followUpAfterDays = (int?)null, followUpType = "call" }), [BadRequest]),
        new("unknown weekday in working hours", t => Json(t.Owner, "PUT", $"/api/doctors/{t.Clinic.DoctorId}/working-hours",
            new { week = new[] { new { day = "funday", intervals = new[] { new { start = "09:00", end = "12:00" } } } } }), [BadRequest]),
    ];
}
