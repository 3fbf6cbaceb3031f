using System.Text.Json;
using ClinicOps.Contracts.Audit;
using ClinicOps.Messaging;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>The events a change wrote to the outbox (in the same transaction), read back from the database.</summary>
public static class Outbox
{
    /// <summary>
    /// The short type names and payloads of the clinic's events that mention <paramref name="subjectId"/>, oldest first —
    /// but the audit trail's AuditRecorded, which goes with every change a user makes (see Security/Audit in the
    /// whole-app tests).
    /// </summary>
    public static async Task<IReadOnlyList<(string Type, JsonElement Payload)>> EventsAboutAsync(this SchedulingFactory factory, Guid clinicId,
        Guid subjectId)
    {
        var rows = await factory.QueryAsync(clinicId, db => db.Set<OutboxMessage>()
            .Where(m => m.ClinicId == clinicId && m.Type != typeof(AuditRecorded).FullName)
            .OrderBy(m => m.OccurredAt).ThenBy(m => m.Id)
            .Select(m => new { m.Type, m.Payload })
            .ToListAsync());
        return [.. rows
            .Where(r => r.Payload.Contains(subjectId.ToString(), StringComparison.OrdinalIgnoreCase))
            .Select(r => (r.Type[(r.Type.LastIndexOf('.') + 1)..], JsonDocument.Parse(r.Payload).RootElement.Clone()))];
    }

    public static async Task<string[]> EventTypesAboutAsync(this SchedulingFactory factory, Guid clinicId, Guid subjectId) =>
        [.. (await factory.EventsAboutAsync(clinicId, subjectId)).Select(e => e.Type)];
}
