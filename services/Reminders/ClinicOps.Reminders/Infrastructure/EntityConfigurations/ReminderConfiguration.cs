using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Reminders.Infrastructure.EntityConfigurations;

internal sealed class ReminderConfiguration : IEntityTypeConfiguration<Reminder>
{
    public void Configure(EntityTypeBuilder<Reminder> builder)
    {
        builder.ToTable("reminders", table =>
        {
            table.HasCheckConstraint("ck_reminders_type", SqlConditions.In("type", ReminderTypes.All));
            table.HasCheckConstraint("ck_reminders_purpose", SqlConditions.In("purpose", ReminderPurposes.All));
            table.HasCheckConstraint("ck_reminders_status", SqlConditions.In("status", ReminderStatuses.All));
            table.HasCheckConstraint("ck_reminders_attempts", "attempts >= 0");
        });
        builder.HasKey(r => r.Id).HasName("pk_reminders");
        builder.Property(r => r.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(r => r.ClinicId).HasColumnName("clinic_id");
        builder.Property(r => r.AppointmentId).HasColumnName("appointment_id");
        builder.Property(r => r.Type).HasColumnName("type").HasMaxLength(16);
        builder.Property(r => r.Purpose).HasColumnName("purpose").HasMaxLength(16);
        builder.Property(r => r.SendAt).HasColumnName("send_at");
        builder.Property(r => r.Status).HasColumnName("status").HasMaxLength(16);
        builder.Property(r => r.SentAt).HasColumnName("sent_at");
        builder.Property(r => r.Attempts).HasColumnName("attempts");
        builder.Property(r => r.LastError).HasColumnName("last_error");
        builder.Property(r => r.Channel).HasColumnName("channel").HasMaxLength(32);
        builder.Property(r => r.Note).HasColumnName("note");
        builder.Property(r => r.NextAttemptAt).HasColumnName("next_attempt_at");
        builder.Property(r => r.Automatic).HasColumnName("automatic");
        builder.Property(r => r.Version).HasColumnName("version");
        builder.Property(r => r.CreatedAt).HasColumnName("created_at");
        builder.Property(r => r.RowVersion).IsRowVersion();

        // The dispatcher's claim: pending sms/email due by now (a retried one also waits for next_attempt_at).
        builder.HasIndex(r => new { r.Status, r.Type, r.SendAt })
            .HasDatabaseName("ix_reminders_dispatch")
            .HasFilter($"status = '{ReminderStatuses.Pending}'");
        builder.HasIndex(r => new { r.ClinicId, r.AppointmentId }).HasDatabaseName("ix_reminders_clinic_id_appointment_id");
        builder.HasIndex(r => new { r.ClinicId, r.Status, r.Type, r.SendAt }).HasDatabaseName("ix_reminders_clinic_id_status_type_send_at");

        // A composite key, so the database itself refuses a reminder on another clinic's appointment.
        builder.HasOne(r => r.Appointment).WithMany()
            .HasForeignKey(r => new { r.ClinicId, r.AppointmentId })
            .HasPrincipalKey(a => new { a.ClinicId, a.Id })
            .HasConstraintName("fk_reminders_appointments")
            .IsRequired()
            .OnDelete(DeleteBehavior.Restrict);
    }
}
