using ClinicOps.Billing.Model;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Billing.Infrastructure.EntityConfigurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    public const string PrimaryKey = "pk_appointments";

    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments", t =>
        {
            t.HasCheckConstraint("ck_appointments_status", SqlConditions.In("status", AppointmentStatuses.All));
            t.HasCheckConstraint("ck_appointments_version", "version >= 0");
            t.HasCheckConstraint("ck_appointments_price", "price >= 0");
        });
        builder.HasKey(a => a.Id).HasName(PrimaryKey);
        builder.HasAlternateKey(a => new { a.ClinicId, a.Id }).HasName("ak_appointments_clinic_id_id");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasMaxLength(20).IsRequired();
        builder.Property(a => a.Price).HasPrecision(12, 2);
    }
}
