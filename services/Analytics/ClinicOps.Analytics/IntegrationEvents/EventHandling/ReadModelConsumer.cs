using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Services;
using ClinicOps.Contracts;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.IntegrationEvents.EventHandling;

/// <summary>
/// Feeds one event type into the read model. One closed type per contract event is registered (see
/// <see cref="ContractEvents"/>); the base class gives the inbox (redeliveries skipped) and one transaction.
/// </summary>
public sealed class ReadModelConsumer<TEvent>(AnalyticsDbContext db, ITenantContext tenant, EventRecorder recorder)
    : IdempotentConsumer<TEvent, AnalyticsDbContext>(db, tenant)
    where TEvent : IntegrationEvent
{
    protected override Task HandleAsync(TEvent message, CancellationToken ct) => recorder.RecordAsync(message, ct);
}
