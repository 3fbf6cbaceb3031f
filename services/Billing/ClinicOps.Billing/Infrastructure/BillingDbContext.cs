using ClinicOps.Billing.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Billing.Infrastructure;

public class BillingDbContext(DbContextOptions<BillingDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Payment> Payments => Set<Payment>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<Clinic> Clinics => Set<Clinic>();
    public DbSet<IdempotencyKey> IdempotencyKeys => Set<IdempotencyKey>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyServiceModel(this);
}
