using ClinicOps.Identity.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Infrastructure;

public class IdentityDbContext(DbContextOptions<IdentityDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Clinic> Clinics => Set<Clinic>();
    public DbSet<User> Users => Set<User>();
    public DbSet<RefreshToken> RefreshTokens => Set<RefreshToken>();
    public DbSet<LoginFailure> LoginFailures => Set<LoginFailure>();

    /// <summary>The caller's own clinic (the clinic is the tenant, so it is found by <see cref="TenantDbContext.CurrentClinicId"/>).</summary>
    public IQueryable<Clinic> CurrentClinic => Clinics.Where(c => c.Id == CurrentClinicId);

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyServiceModel(this);
}
