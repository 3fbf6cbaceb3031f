using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Reminders;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class ReminderFactConfiguration : IEntityTypeConfiguration<ReminderFact>
{
    public void Configure(EntityTypeBuilder<ReminderFact> builder)
    {
        builder.ToTable(ReadModelTables.ReminderFacts,
            t => t.HasCheckConstraint("ck_reminder_facts_status", SqlConditions.In("status", ReminderStatuses.All)));
        builder.HasKey(r => new { r.ClinicId, r.ReminderId }).HasName("pk_reminder_facts");
        builder.Property(r => r.Status).HasMaxLength(16);
        builder.Ignore(r => r.IsPending);
    }
}
