using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace ClinicOps.Messaging;

/// <summary>
/// Degraded (not unhealthy: the service still serves and publishes everything else) while any outbox row of
/// <typeparamref name="TDbContext"/> is dead, naming how many, so the on-call engineer sees events that will never leave.
/// </summary>
public sealed class DeadOutboxRowsHealthCheck<TDbContext>(TDbContext db) : IHealthCheck
    where TDbContext : DbContext
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var dead = await db.Set<OutboxMessage>().IgnoreQueryFilters().CountAsync(m => m.DeadAt != null, cancellationToken);
        return dead == 0
            ? HealthCheckResult.Healthy("No dead outbox rows.")
            : HealthCheckResult.Degraded($"{dead} outbox row(s) failed every publish attempt and are no longer tried (outbox_messages.dead_at).");
    }
}
