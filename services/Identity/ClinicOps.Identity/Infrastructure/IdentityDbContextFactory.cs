using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Identity.Infrastructure;

internal sealed class IdentityDbContextFactory : ServiceDbContextFactory<IdentityDbContext>;
