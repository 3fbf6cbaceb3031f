using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class AppointmentTypeConfiguration : IEntityTypeConfiguration<AppointmentType>
{
    /// <summary>
    /// Names are unique per clinic ignoring case among the types still offered: (clinic_id, lower(name)) where not
    /// archived, created by the migration's SQL. An archived type frees its name for a new one.
    /// </summary>
    public const string NameIndex = "ux_appointment_types_clinic_id_lower_name";

    public void Configure(EntityTypeBuilder<AppointmentType> builder)
    {
        builder.ToTable("appointment_types", table =>
        {
            table.HasCheckConstraint("ck_appointment_types_duration",
                $"duration_minutes BETWEEN {Appointment.MinDurationMinutes} AND {Appointment.MaxDurationMinutes}");
            table.HasCheckConstraint("ck_appointment_types_price", "price >= 0");
            table.HasCheckConstraint("ck_appointment_types_color", "color ~ '^#[0-9A-F]{6}$'");
            table.HasCheckConstraint("ck_appointment_types_name", "btrim(name) <> ''");
        });
        builder.HasKey(t => t.Id).HasName("pk_appointment_types");
        builder.Property(t => t.Id).ValueGeneratedNever();
        // The target of the composite foreign key (clinic_id, appointment_type_id) from appointments.
        builder.HasAlternateKey(t => new { t.ClinicId, t.Id }).HasName("ak_appointment_types_clinic_id_id");
        builder.Property(t => t.Name).HasMaxLength(AppointmentType.MaxNameLength);
        builder.Property(t => t.Price).HasPrecision(12, 2);
        builder.Property(t => t.Color).HasMaxLength(7).IsFixedLength();
        builder.Property(t => t.RowVersion).IsRowVersion();
        builder.Ignore(t => t.IsArchived);
        builder.Ignore(t => t.Details);
    }
}
