using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Apis;

public sealed record AppointmentTypeApiServices(AppointmentTypeService Types, CancellationToken CancellationToken);
