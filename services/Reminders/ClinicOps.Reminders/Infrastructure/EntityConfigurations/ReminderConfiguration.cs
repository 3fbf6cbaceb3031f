using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Telemetry;
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
            table.HasCheckConstraint("ck_reminders_status", SqlConditions.In("status", StoredReminderStatuses.All));
            table.HasCheckConstraint("ck_reminders_attempts", "attempts >= 0");
        });
        builder.HasKey(r => r.Id).HasName("pk_reminders");
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Type).HasMaxLength(16);
        builder.Property(r => r.Purpose).HasMaxLength(16);
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Property(r => r.Channel).HasMaxLength(32);
        builder.Property(r => r.RowVersion).IsRowVersion();
        builder.Property(r => r.TraceParent).HasMaxLength(StoredTraceContext.MaxParentLength);
        builder.Property(r => r.TraceState).HasMaxLength(StoredTraceContext.MaxStateLength);

        // The dispatcher's claim: pending sms/email due by now (a retried one also waits for next_attempt_at).
        builder.HasIndex(r => new { r.Status, r.Type, r.SendAt })
            .HasDatabaseName("ix_reminders_dispatch")
            .HasFilter($"status = '{ReminderStatuses.Pending}'");
        // The dispatcher's sweep of leases that ran out without an outcome.
        builder.HasIndex(r => r.LeaseExpiresAt)
            .HasDatabaseName("ix_reminders_lease_expires_at")
            .HasFilter($"status = '{StoredReminderStatuses.Sending}'");
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
