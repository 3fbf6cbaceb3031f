using ClinicOps.Messaging;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Infrastructure;

public class RemindersDbContext(DbContextOptions<RemindersDbContext> options, ITenantContext tenant) : TenantDbContext(options, tenant)
{
    public DbSet<Reminder> Reminders => Set<Reminder>();
    public DbSet<ReminderSettings> Settings => Set<ReminderSettings>();
    public DbSet<Appointment> Appointments => Set<Appointment>();
    public DbSet<Patient> Patients => Set<Patient>();
    public DbSet<Doctor> Doctors => Set<Doctor>();
    public DbSet<Clinic> Clinics => Set<Clinic>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.ApplyServiceModel(this);
}
