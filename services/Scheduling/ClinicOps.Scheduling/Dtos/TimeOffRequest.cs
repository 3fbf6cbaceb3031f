namespace ClinicOps.Scheduling.Dtos;

/// <summary>Body of POST /api/doctors/{id}/time-off: instants with offset, endsAt after startsAt, and an optional reason.</summary>
public sealed record TimeOffRequest(DateTimeOffset? StartsAt, DateTimeOffset? EndsAt, string? Reason);
