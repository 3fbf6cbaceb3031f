using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Billing;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Applies a payment snapshot when it is newer than the fact held, moving its contribution in the clinic's
/// revenue and pending payments, its doctor's revenue and the per-day revenue in the clinic's time zone.
/// </summary>
public sealed class PaymentProjection(AnalyticsDbContext db, ReadModelStore store)
{
    public async Task ApplyAsync(PaymentSnapshot snapshot, CancellationToken ct)
    {
        var fact = await db.PaymentFacts.FindAsync([snapshot.ClinicId, snapshot.PaymentId], ct);
        if (fact is not null && !fact.IsOlderThan(snapshot))
        {
            return;
        }

        var zone = await store.TimeZoneAsync(snapshot.ClinicId, ct);
        if (fact is null)
        {
            fact = PaymentFact.From(snapshot);
            db.PaymentFacts.Add(fact);
        }
        else
        {
            await CountAsync(fact, -1, zone, ct);
            fact.Apply(snapshot);
        }

        await CountAsync(fact, +1, zone, ct);
    }

    private async Task CountAsync(PaymentFact fact, int sign, TimeZoneInfo zone, CancellationToken ct)
    {
        (await store.ClinicCountersAsync(fact.ClinicId, ct)).Count(fact, sign);
        (await store.DoctorCountersAsync(fact.ClinicId, fact.DoctorId, ct)).Count(fact, sign);
        foreach (var movement in fact.RevenueMovements())
        {
            var day = await store.DailyRevenueAsync(fact.ClinicId, ClinicTimeZones.LocalDate(movement.At, zone), ct);
            day.Count(movement, sign);
        }
    }
}
