using ClinicOps.IntegrationTests.Security.Infrastructure;
using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// Line breaks and other control characters in names and emails, on every service that takes them: a name with
/// "\r\nBcc:" would otherwise reach mail headers and log lines. 400 with the field's error, and nothing stored.
/// </summary>
public static class ControlCharacterAttacks
{
    private const string MailHeader = "\r\nBcc: victim@example.com";

    public static IEnumerable<AttackCase> Cases =>
    [
        new("clinic renamed with a mail header after a line break", t => Json(t.Owner, "PATCH", "/api/clinics/current",
            new { clinicName = "Sunrise" + MailHeader }), [BadRequest]),
        new("staff user named with a line feed", t => Json(t.Owner, "POST", "/api/users",
            new { name = "Eve\nAdmin", email = $"eve-{Guid.CreateVersion7():N}@clinicops.test", password = ClinicSeeder.StaffPassword, role = "doctor" }), [BadRequest]),
        new("staff user email with a mail header", t => Json(t.Owner, "POST", "/api/users",
            new { name = "Eve", email = $"eve-{Guid.CreateVersion7():N}@clinicops.test{MailHeader}", password = ClinicSeeder.StaffPassword, role = "doctor" }), [BadRequest]),
        new("doctor named with a bell and a tab", t => Json(t.Owner, "POST", "/api/doctors",
            new { name = "Dr \u0007Bell\tTab", specialization = "Cardiology" }), [BadRequest]),
        new("doctor renamed with a carriage return", t => Json(t.Owner, "PUT", $"/api/doctors/{t.Clinic.DoctorId}",
            new { name = "Dr Return\r", specialization = "Cardiology" }), [BadRequest]),
        new("patient named with a line separator", t => Json(t.Owner, "POST", "/api/patients",
            new { name = "Pat\u2028Injected", phone = Phones.NewE164() }), [BadRequest]),
        new("patient email with a mail header", t => Json(t.Owner, "POST", "/api/patients",
            new { name = "Pat Mail", phone = Phones.NewE164(), email = "pat@example.com" + MailHeader }), [BadRequest]),
        new("sign-in with a line break in the email (log injection)", t => Json(t.Anonymous, "POST", "/api/auth/login",
            new { email = t.OwnerEmail + "\nlogin.succeeded", password = t.OwnerPassword }), [BadRequest]),
    ];
}
