using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Apis;

public sealed record TimeOffApiServices(TimeOffService TimeOff, CancellationToken CancellationToken);
