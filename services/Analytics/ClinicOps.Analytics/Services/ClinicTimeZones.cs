using ClinicOps.Analytics.Model;

namespace ClinicOps.Analytics.Services;

/// <summary>Turns instants into the clinic's local dates (IANA ids; an unknown id falls back to UTC).</summary>
public static class ClinicTimeZones
{
    public static TimeZoneInfo Resolve(string? timeZoneId) =>
        !string.IsNullOrWhiteSpace(timeZoneId) && TimeZoneInfo.TryFindSystemTimeZoneById(timeZoneId, out var zone)
            ? zone
            : TimeZoneInfo.FindSystemTimeZoneById(ClinicInfo.DefaultTimeZone);

    public static DateOnly LocalDate(DateTimeOffset instant, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
