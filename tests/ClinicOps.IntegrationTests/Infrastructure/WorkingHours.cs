namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>Bodies for <c>PUT /api/doctors/{id}/working-hours</c>.</summary>
public static class WorkingHours
{
    private static readonly string[] Days = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>The same interval (clock times such as "09:00", "24:00") on every day of the week.</summary>
    public static object EveryDay(string start, string end) =>
        new { week = Days.Select(day => new { day, intervals = new[] { new { start, end } } }) };
}
