namespace ClinicOps.Scheduling.Dtos;

/// <summary>Body of PUT /api/doctors/{id}/working-hours: the whole week; a day left out has no hours.</summary>
public sealed record WorkingHoursRequest(IReadOnlyList<WorkingDayRequest?>? Week);
