namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>
/// A time zone where it is daytime now (between 07:00 and 16:00). Tests about "today" and "tomorrow" sign their clinic
/// up there, so a visit a few hours ahead is still today and one a day ahead is tomorrow whenever the tests run.
/// </summary>
public static class DaytimeZone
{
    // Spread around the world, no two more than four hours apart: one of them is always inside the window.
    private static readonly string[] Candidates =
    [
        "Pacific/Honolulu", "America/Los_Angeles", "America/Chicago", "America/Sao_Paulo", "Atlantic/Azores", "Europe/Berlin",
        "Asia/Dubai", "Asia/Kolkata", "Asia/Bangkok", "Asia/Tokyo", "Pacific/Auckland",
    ];

    public static string Now()
    {
        var now = DateTimeOffset.UtcNow;
        return Candidates.First(id => TimeZoneInfo.ConvertTime(now, TimeZoneInfo.FindSystemTimeZoneById(id)).Hour is >= 7 and < 16);
    }
}
