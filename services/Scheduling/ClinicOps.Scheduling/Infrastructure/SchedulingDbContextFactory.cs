using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Scheduling.Infrastructure;

internal sealed class SchedulingDbContextFactory : ServiceDbContextFactory<SchedulingDbContext>;
