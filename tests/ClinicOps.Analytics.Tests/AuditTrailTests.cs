using System.Net.Http.Json;
using System.Text.Json;
using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Services;
using ClinicOps.Analytics.Tests.Infrastructure;
using ClinicOps.Contracts.Audit;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Analytics.Tests;

/// <summary>The merged audit trail: every service's entries, each kept once however often it arrives.</summary>
[Collection(AnalyticsCollection.Name)]
public sealed class AuditTrailTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task An_audit_entry_delivered_twice_and_handled_again_past_the_inbox_is_kept_once()
    {
        var clinicId = Guid.CreateVersion7();
        var entityId = Guid.CreateVersion7().ToString();
        var recorded = new AuditRecorded
        {
            ClinicId = clinicId,
            OccurredAt = DateTimeOffset.UtcNow,
            UserId = Guid.CreateVersion7(),
            UserName = "Olivia Owner",
            Role = "owner",
            Action = AuditActions.Updated,
            EntityType = "patient",
            EntityId = entityId,
            Fields = ["phone"],
            RequestId = "4bf92f3577b34da6a3ce929d0e0e4736",
        };
        var bus = factory.Services.GetRequiredService<IBus>();
        var owner = factory.CreateClientFor(clinicId);

        await bus.Publish(recorded);
        await bus.Publish(recorded);
        var entry = await Eventually.GetAsync(() => ItemsAsync(owner, entityId), items => items.Count > 0, "the entry in the trail");
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
            var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();
            await scope.ServiceProvider.GetRequiredService<AuditTrailRecorder>().HandleAsync(recorded, CancellationToken.None);
            await db.SaveChangesAsync();
        }

        var kept = Assert.Single(await ItemsAsync(owner, entityId));
        Assert.Equal(recorded.EventId, kept.GetProperty("id").GetGuid());
        Assert.Equal(["phone"], kept.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        Assert.Equal(recorded.RequestId, kept.GetProperty("requestId").GetString());
        Assert.Single(entry);
    }

    private static async Task<IReadOnlyList<JsonElement>> ItemsAsync(HttpClient owner, string entityId) =>
        [.. (await owner.GetFromJsonAsync<JsonElement>($"/api/audit?entityId={entityId}")).GetProperty("items").EnumerateArray()];
}
