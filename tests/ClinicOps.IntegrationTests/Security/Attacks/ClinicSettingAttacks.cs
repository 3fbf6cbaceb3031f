using ClinicOps.IntegrationTests.Security.Infrastructure;
using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// Time zones that are not IANA zones (including a path into the file system), currencies that are not ISO 4217, and slot
/// steps off the 5-minute grid or outside 5–60 minutes.
/// </summary>
public static class ClinicSettingAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        TimeZone("unknown time zone", "Mars/Olympus_Mons"),
        TimeZone("time zone that is a path out of the zoneinfo folder", "../../../../etc/passwd"),
        TimeZone("time zone that is a tz database file, not a zone", "posixrules"),
        TimeZone("Windows time zone id", "W. Europe Standard Time"),
        new("unknown currency", t => Json(t.Owner, "PATCH", "/api/clinics/current", new { currency = "EURO" }), [BadRequest]),
        new("slot step of 0 minutes", t => Json(t.Owner, "PATCH", "/api/clinics/current", new { slotStepMinutes = 0 }), [BadRequest]),
        new("slot step of 7 minutes", t => Json(t.Owner, "PATCH", "/api/clinics/current", new { slotStepMinutes = 7 }), [BadRequest]),
        new("slot step beyond an int", t => Text(t.Owner, "PATCH", "/api/clinics/current", """{"slotStepMinutes": 99999999999}"""), [BadRequest]),
        new("sign-up with an unknown time zone", t => AttackAnswer.FromAsync(AuthCalls.PostAsync(t.Anonymous, "/api/clinics", new
        {
            clinicName = "Clinic Nowhere",
            timeZone = "Atlantis/Capital",
            currency = "EUR",
            ownerName = "Nemo",
            email = $"nemo-{Guid.CreateVersion7():N}@clinicops.test",
            password = ClinicSeeder.StaffPassword,
        })), [BadRequest]),
    ];

    private static AttackCase TimeZone(string name, string timeZone) => new(
        name,
        t => Json(t.Owner, "PATCH", "/api/clinics/current", new { timeZone }),
        [BadRequest]);
}
