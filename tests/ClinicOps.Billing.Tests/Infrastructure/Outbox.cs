using System.Text.Json;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Contracts.Audit;
using ClinicOps.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Billing.Tests.Infrastructure;

/// <summary>
/// The events billing wrote to its outbox for one clinic (sent or not), oldest first — but the audit trail's
/// AuditRecorded, which goes with every change a user makes (see Security/Audit in the whole-app tests).
/// </summary>
public static class Outbox
{
    public static async Task<IReadOnlyList<OutboxEvent>> ReadAsync(BillingFactory billing, Guid clinicId)
    {
        await using var scope = billing.Services.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<BillingDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.ClinicId == clinicId && m.Type != typeof(AuditRecorded).FullName)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .ToListAsync();
        return [.. rows.Select(m => new OutboxEvent(m.Type[(m.Type.LastIndexOf('.') + 1)..], m.ClinicId, JsonDocument.Parse(m.Payload).RootElement.Clone()))];
    }
}
