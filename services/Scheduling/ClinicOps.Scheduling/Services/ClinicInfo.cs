namespace ClinicOps.Scheduling.Services;

/// <param name="TimeZone">IANA id, null while neither scheduling's replica nor identity knows the clinic.</param>
/// <param name="Country">ISO 3166 code for phone numbers written without a country code, when known.</param>
/// <param name="Today">The date in the clinic's time zone now.</param>
/// <param name="SlotStepMinutes">The grid of free slots.</param>
public sealed record ClinicInfo(string? TimeZone, string? Country, DateOnly Today, int SlotStepMinutes)
{
    /// <summary>The clinic's wall clock; 503 while its time zone is not known here yet.</summary>
    public WallClock Clock => TimeZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out var zone)
        ? new WallClock(zone)
        : throw new ClinicNotKnownYetException();
}
