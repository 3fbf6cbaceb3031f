using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Messaging;

internal sealed class InboxMessageConfiguration : IEntityTypeConfiguration<InboxMessage>
{
    /// <summary>One row per event and consumer: a second delivery of the same event finds it and is skipped.</summary>
    public const string PrimaryKey = "pk_inbox_messages";

    public void Configure(EntityTypeBuilder<InboxMessage> builder)
    {
        builder.ToTable("inbox_messages");
        builder.HasKey(m => new { m.EventId, m.Consumer }).HasName(PrimaryKey);
        builder.Property(m => m.Consumer).HasMaxLength(300);
    }
}
