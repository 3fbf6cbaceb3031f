using ClinicOps.Contracts.Scheduling;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Reminders.Infrastructure.EntityConfigurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments", table =>
            table.HasCheckConstraint("ck_appointments_status", SqlConditions.In("status", AppointmentStatuses.All)));
        builder.HasKey(a => a.Id).HasName("pk_appointments");
        builder.HasAlternateKey(a => new { a.ClinicId, a.Id }).HasName("ak_appointments_clinic_id_id");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasMaxLength(16);
        builder.Property(a => a.RowVersion).IsRowVersion();
        builder.Ignore(a => a.IsScheduled);
    }
}
