using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Apis;

public sealed record DoctorApiServices(DoctorService Doctors, CancellationToken CancellationToken);
