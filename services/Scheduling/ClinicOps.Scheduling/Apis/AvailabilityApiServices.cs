using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Apis;

public sealed record AvailabilityApiServices(AvailabilityService Availability, CancellationToken CancellationToken);
