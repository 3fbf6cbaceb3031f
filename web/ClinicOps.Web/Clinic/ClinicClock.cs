using System.Security.Claims;
using ClinicOps.Web.Auth;

namespace ClinicOps.Web.Clinic;

/// <summary>
/// Dates and times in the signed-in clinic's time zone: "today", what a stored instant shows as, and the instant
/// a wall-clock date and time typed into a form means.
/// </summary>
public sealed class ClinicClock(TimeZoneInfo zone, TimeProvider time)
{
    public TimeZoneInfo Zone => zone;

    public DateTimeOffset Now => time.GetUtcNow();

    public DateOnly Today => DateOnly.FromDateTime(ToLocal(Now).DateTime);

    public DateTimeOffset ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, zone);

    /// <summary>
    /// The instant of a wall-clock time. A time skipped by a DST change moves forward by the gap (as a clock on the
    /// wall does); a repeated one means its first occurrence.
    /// </summary>
    public DateTimeOffset ToInstant(DateOnly date, TimeOnly timeOfDay)
    {
        var local = date.ToDateTime(timeOfDay, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            local = local.AddHours(1);
        }

        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset);
    }

    /// <summary>The start of a clinic day as an instant (for list filters).</summary>
    public DateTimeOffset StartOf(DateOnly date) => ToInstant(date, TimeOnly.MinValue);

    public static ClinicClock For(ClaimsPrincipal user, TimeProvider time) =>
        For(user.FindFirstValue(StaffClaims.ClinicTimeZone), time);

    /// <summary>The clock of a clinic whose zone an API answer named (an unknown zone reads as UTC).</summary>
    public static ClinicClock For(string? timeZoneId, TimeProvider time) => new(FindZone(timeZoneId), time);

    private static TimeZoneInfo FindZone(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.Utc;
}
