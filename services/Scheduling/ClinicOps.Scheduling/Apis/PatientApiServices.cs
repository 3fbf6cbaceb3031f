using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Apis;

public sealed record PatientApiServices(PatientService Patients, CancellationToken CancellationToken);
