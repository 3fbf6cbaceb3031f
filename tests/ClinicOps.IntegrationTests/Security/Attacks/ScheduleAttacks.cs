using static System.Net.HttpStatusCode;
using static ClinicOps.IntegrationTests.Security.Attacks.AttackTarget;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>Working hours, time off, appointment types and free-slot searches that break their rules: 400 with field errors.</summary>
public static class ScheduleAttacks
{
    public static IEnumerable<AttackCase> Cases =>
    [
        Hours("working hours at 07:03", "07:03", "12:00"),
        Hours("working hours ending before they start", "12:00", "09:00"),
        Hours("working hours at 25:00", "09:00", "25:00"),
        Hours("working hours that are not times", "nine", "noon"),
        new("overlapping working hours", t => Json(t.Owner, "PUT", $"/api/doctors/{t.Clinic.DoctorId}/working-hours",
            new { week = new[] { new { day = "monday", intervals = new[] { new { start = "09:00", end = "12:30" }, new { start = "12:00", end = "14:00" } } } } }),
            [BadRequest]),
        new("a weekday given twice in working hours", t => Json(t.Owner, "PUT", $"/api/doctors/{t.Clinic.DoctorId}/working-hours",
            new { week = new[] { new { day = "monday", intervals = Array.Empty<object>() }, new { day = "monday", intervals = Array.Empty<object>() } } }),
            [BadRequest]),
        new("free slots over 32 days", t => Json(t.Owner, "GET", $"/api/availability?doctorId={t.Clinic.DoctorId}&from={Day(0)}&to={Day(31)}"),
            [BadRequest]),
        new("free slots for 0 minutes", t => Json(t.Owner, "GET", $"/api/availability?from={Day(0)}&to={Day(1)}&durationMinutes=0"), [BadRequest]),
        new("time off ending before it starts", t => Json(t.Owner, "POST", $"/api/doctors/{t.Clinic.DoctorId}/time-off",
            new { startsAt = TimeProvider.System.GetUtcNow().AddDays(9), endsAt = TimeProvider.System.GetUtcNow().AddDays(8) }), [BadRequest]),
        new("appointment type colour that is not a colour", t => Json(t.Owner, "POST", "/api/appointment-types",
            new { name = $"Coloured {Guid.CreateVersion7():N}", durationMinutes = 30, color = "red; background:url(javascript:alert(1))" }), [BadRequest]),
        new("appointment type lasting a day", t => Json(t.Owner, "POST", "/api/appointment-types",
            new { name = $"Endless {Guid.CreateVersion7():N}", durationMinutes = 1440 }), [BadRequest]),
    ];

    private static AttackCase Hours(string name, string start, string end) => new(
        name,
        t => Json(t.Owner, "PUT", $"/api/doctors/{t.Clinic.DoctorId}/working-hours",
            new { week = new[] { new { day = "tuesday", intervals = new[] { new { start, end } } } } }),
        [BadRequest]);

    private static string Day(int days) =>
        DateOnly.FromDateTime(TimeProvider.System.GetUtcNow().UtcDateTime).AddDays(days).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
