using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Apis;

public sealed record WorkingHoursApiServices(WorkingHoursService Hours, CancellationToken CancellationToken);
