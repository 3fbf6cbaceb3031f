using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class AppointmentFactConfiguration : IEntityTypeConfiguration<AppointmentFact>
{
    public void Configure(EntityTypeBuilder<AppointmentFact> builder)
    {
        builder.ToTable(ReadModelTables.AppointmentFacts,
            t => t.HasCheckConstraint("ck_appointment_facts_status", SqlConditions.In("status", AppointmentStatuses.All)));
        builder.HasKey(a => new { a.ClinicId, a.AppointmentId }).HasName("pk_appointment_facts");
        builder.Property(a => a.Status).HasMaxLength(16);
        builder.Ignore(a => a.Counts);

        // "Upcoming" is answered by an indexed count: only scheduled, not deleted bookings are in this index,
        // and those starting after now are few even when the clinic has a million appointments.
        builder.HasIndex(a => new { a.ClinicId, a.StartsAt })
            .HasDatabaseName("ix_appointment_facts_upcoming")
            .HasFilter($"status = '{AppointmentStatuses.Scheduled}' AND NOT deleted")
            .IncludeProperties(a => a.DoctorId);
    }
}
