using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

public static class MessagingModelBuilderExtensions
{
    /// <summary>Adds the outbox_messages and inbox_messages tables to a service's model (call in OnModelCreating).</summary>
    public static ModelBuilder AddOutboxAndInbox(this ModelBuilder modelBuilder) =>
        modelBuilder
            .ApplyConfiguration(new OutboxMessageConfiguration())
            .ApplyConfiguration(new InboxMessageConfiguration());
}
