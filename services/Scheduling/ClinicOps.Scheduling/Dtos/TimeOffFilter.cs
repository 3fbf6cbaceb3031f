namespace ClinicOps.Scheduling.Dtos;

/// <summary>`?from=&amp;to=` of GET /api/doctors/{id}/time-off: the time off that overlaps from–to (either end open).</summary>
public sealed record TimeOffFilter(DateTimeOffset? From, DateTimeOffset? To);
