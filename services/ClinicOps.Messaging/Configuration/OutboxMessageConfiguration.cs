using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Messaging;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasKey(m => m.Id).HasName("pk_outbox_messages");
        builder.Property(m => m.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(m => m.Type).HasColumnName("type").HasMaxLength(300).IsRequired();
        builder.Property(m => m.Payload).HasColumnName("payload").HasColumnType("jsonb").IsRequired();
        builder.Property(m => m.ClinicId).HasColumnName("clinic_id");
        builder.Property(m => m.OccurredAt).HasColumnName("occurred_at");
        builder.Property(m => m.SentAt).HasColumnName("sent_at");
        builder.Property(m => m.Attempts).HasColumnName("attempts");
        builder.Property(m => m.LastError).HasColumnName("last_error");
        builder.Property(m => m.NextAttemptAt).HasColumnName("next_attempt_at");

        // The relay only ever looks for unsent rows in order; sent rows stay out of the index.
        builder.HasIndex(m => m.OccurredAt)
            .HasDatabaseName("ix_outbox_messages_unsent")
            .HasFilter("sent_at IS NULL");
    }
}
