using ClinicOps.Messaging;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Infrastructure;

public class SchedulingDbContext(DbContextOptions<SchedulingDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public const string SoftDeleteFilter = "SoftDelete";

    public DbSet<Doctor> Doctors => Set<Doctor>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<Clinic> Clinics => Set<Clinic>();
    public DbSet<ClinicUser> ClinicUsers => Set<ClinicUser>();
    public DbSet<RecordedPayment> RecordedPayments => Set<RecordedPayment>();
    public DbSet<WorkingInterval> WorkingIntervals => Set<WorkingInterval>();
    public DbSet<TimeOff> TimeOff => Set<TimeOff>();
    public DbSet<AppointmentType> AppointmentTypes => Set<AppointmentType>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasPostgresExtension("btree_gist");
        modelBuilder.ApplyServiceModel(this);
    }
}
