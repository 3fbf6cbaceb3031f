using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class AppointmentConfiguration : IEntityTypeConfiguration<Appointment>
{
    /// <summary>The exclusion constraint against double booking, created by the migration's SQL.</summary>
    public const string NoOverlapConstraint = "ex_appointments_doctor_no_overlap";
    public const string DoctorForeignKey = "fk_appointments_doctors";
    public const string PatientForeignKey = "fk_appointments_patients";
    public const string AppointmentTypeForeignKey = "fk_appointments_appointment_types";

    public void Configure(EntityTypeBuilder<Appointment> builder)
    {
        builder.ToTable("appointments", table =>
        {
            table.HasCheckConstraint("ck_appointments_status", SqlConditions.In("status", AppointmentStatuses.All));
            table.HasCheckConstraint("ck_appointments_duration",
                $"duration_minutes BETWEEN {Appointment.MinDurationMinutes} AND {Appointment.MaxDurationMinutes}");
            table.HasCheckConstraint("ck_appointments_ends_at",
                "ends_at = starts_at + duration_minutes * interval '1 minute'");
            table.HasCheckConstraint("ck_appointments_price", "price >= 0");
        });
        builder.HasKey(a => a.Id).HasName("pk_appointments");
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Status).HasMaxLength(20);
        builder.Property(a => a.Notes).HasMaxLength(Appointment.MaxNotesLength);
        builder.Property(a => a.CancelReason).HasMaxLength(Appointment.MaxCancelReasonLength);
        builder.Property(a => a.Price).HasPrecision(12, 2);
        builder.Property(a => a.RowVersion).IsRowVersion();
        builder.Ignore(a => a.IsDeleted);

        // The database itself refuses a link to another clinic's doctor or patient, and the removal of either
        // while an appointment (even a soft-deleted one) refers to it.
        builder.HasOne<Doctor>().WithMany()
            .HasForeignKey(a => new { a.ClinicId, a.DoctorId })
            .HasPrincipalKey(d => new { d.ClinicId, d.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName(DoctorForeignKey);
        builder.HasOne<Patient>().WithMany()
            .HasForeignKey(a => new { a.ClinicId, a.PatientId })
            .HasPrincipalKey(p => new { p.ClinicId, p.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName(PatientForeignKey);
        // An archived type stays (archiving is not deleting), so old appointments keep theirs.
        builder.HasOne<AppointmentType>().WithMany()
            .HasForeignKey(a => new { a.ClinicId, a.AppointmentTypeId })
            .HasPrincipalKey(t => new { t.ClinicId, t.Id })
            .OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName(AppointmentTypeForeignKey);

        builder.HasIndex(a => new { a.ClinicId, a.StartsAt }).HasDatabaseName("ix_appointments_clinic_id_starts_at");
        builder.HasIndex(a => new { a.ClinicId, a.DoctorId, a.StartsAt }).HasDatabaseName("ix_appointments_clinic_id_doctor_id_starts_at");
        builder.HasIndex(a => new { a.ClinicId, a.PatientId }).HasDatabaseName("ix_appointments_clinic_id_patient_id");
        builder.HasIndex(a => new { a.ClinicId, a.Status }).HasDatabaseName("ix_appointments_clinic_id_status");
        builder.HasIndex(a => new { a.ClinicId, a.AppointmentTypeId }).HasDatabaseName("ix_appointments_clinic_id_appointment_type_id");

        builder.HasQueryFilter(SchedulingDbContext.SoftDeleteFilter, a => a.DeletedAt == null);
    }
}
