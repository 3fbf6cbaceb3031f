using ClinicOps.Analytics.Model;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Infrastructure;

/// <summary>
/// The read model: facts (the newest state of each appointment, payment and reminder), doctors and clinics,
/// the counters kept from them, and the log of applied events it can be rebuilt from.
/// </summary>
public class AnalyticsDbContext(DbContextOptions<AnalyticsDbContext> options, ITenantContext tenant)
    : TenantDbContext(options, tenant)
{
    public DbSet<AppointmentFact> AppointmentFacts => Set<AppointmentFact>();
    public DbSet<PaymentFact> PaymentFacts => Set<PaymentFact>();
    public DbSet<ReminderFact> ReminderFacts => Set<ReminderFact>();
    public DbSet<DoctorInfo> Doctors => Set<DoctorInfo>();
    public DbSet<ClinicInfo> Clinics => Set<ClinicInfo>();
    public DbSet<ClinicCounters> ClinicCounters => Set<ClinicCounters>();
    public DbSet<DoctorCounters> DoctorCounters => Set<DoctorCounters>();
    public DbSet<DailyRevenue> DailyRevenue => Set<DailyRevenue>();
    public DbSet<EventLogEntry> EventLog => Set<EventLogEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyServiceModel(this);
}
