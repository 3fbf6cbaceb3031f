namespace ClinicOps.Scheduling.Dtos;

public sealed record WorkingDayResponse(string Day, IReadOnlyList<IntervalResponse> Intervals);
