namespace ClinicOps.Scheduling.Services;

/// <param name="TimeZone">IANA id, null while the clinic's ClinicRegistered event has not arrived.</param>
/// <param name="Country">ISO 3166 code for phone numbers written without a country code, when known.</param>
/// <param name="Today">The date in the clinic's time zone now.</param>
public sealed record ClinicInfo(string? TimeZone, string? Country, DateOnly Today);
