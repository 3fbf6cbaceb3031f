namespace ClinicOps.Identity.Dtos;

/// <summary>Only the fields present change.</summary>
public sealed record UpdateClinicRequest(string? ClinicName, string? TimeZone, string? Currency, int? SlotStepMinutes = null);
