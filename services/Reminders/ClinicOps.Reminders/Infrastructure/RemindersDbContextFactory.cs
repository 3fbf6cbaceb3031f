using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Reminders.Infrastructure;

internal sealed class RemindersDbContextFactory : ServiceDbContextFactory<RemindersDbContext>;
