using ClinicOps.Scheduling.Services;

namespace ClinicOps.Scheduling.Apis;

public sealed record AppointmentApiServices(AppointmentService Appointments, AppointmentQueries Queries, CancellationToken CancellationToken);
