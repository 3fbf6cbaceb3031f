using ClinicOps.Analytics.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class EventLogEntryConfiguration : IEntityTypeConfiguration<EventLogEntry>
{
    public void Configure(EntityTypeBuilder<EventLogEntry> builder)
    {
        builder.ToTable(ReadModelTables.EventLog);
        builder.HasKey(e => e.Sequence).HasName("pk_event_log");
        builder.Property(e => e.Sequence).UseIdentityAlwaysColumn();
        builder.Property(e => e.Type).HasMaxLength(100);
        builder.Property(e => e.Payload).HasColumnType("jsonb");
        // clock_timestamp, not now(): now() is the start of the transaction, before the wait for the clinic's lock.
        builder.Property(e => e.RecordedAt).HasDefaultValueSql("clock_timestamp()");
        builder.HasIndex(e => e.EventId).IsUnique().HasDatabaseName("ux_event_log_event_id");
        // The rebuild replays clinic by clinic, in the order the events happened.
        builder.HasIndex(e => new { e.ClinicId, e.OccurredAt, e.Sequence }).HasDatabaseName("ix_event_log_replay");
    }
}
