using ClinicOps.Contracts.Reminders;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Reminders.Infrastructure.EntityConfigurations;

internal sealed class ReminderSettingsConfiguration : IEntityTypeConfiguration<ReminderSettings>
{
    public void Configure(EntityTypeBuilder<ReminderSettings> builder)
    {
        builder.ToTable("reminder_settings", table =>
        {
            table.HasCheckConstraint("ck_reminder_settings_default_type",
                SqlConditions.In("default_type", ReminderSettings.DefaultTypes));
            table.HasCheckConstraint("ck_reminder_settings_follow_up_type", SqlConditions.In("follow_up_type", ReminderTypes.All));
            table.HasCheckConstraint("ck_reminder_settings_follow_up_after_days",
                $"follow_up_after_days IS NULL OR follow_up_after_days BETWEEN 1 AND {ReminderSettings.MaxFollowUpAfterDays}");
            table.HasCheckConstraint("ck_reminder_settings_lead_times",
                $"cardinality(lead_times_minutes) <= {ReminderSettings.MaxLeadTimes}");
        });
        builder.HasKey(s => s.ClinicId).HasName("pk_reminder_settings");
        builder.Property(s => s.ClinicId).ValueGeneratedNever();
        builder.Property(s => s.DefaultType).HasMaxLength(16);
        builder.Property(s => s.FollowUpType).HasMaxLength(16);
        builder.Property(s => s.RowVersion).IsRowVersion();
    }
}
