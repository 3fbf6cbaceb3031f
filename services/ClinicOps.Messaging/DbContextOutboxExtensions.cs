using ClinicOps.Contracts;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

public static class DbContextOutboxExtensions
{
    /// <summary>
    /// Queues <paramref name="integrationEvent"/> in the outbox. The next SaveChanges writes it in the same transaction
    /// as the business change, so the event exists if and only if the change does; the relay publishes it.
    /// </summary>
    public static void AddIntegrationEvent(this DbContext db, IntegrationEvent integrationEvent) =>
        db.Set<OutboxMessage>().Add(OutboxMessage.From(integrationEvent));
}
