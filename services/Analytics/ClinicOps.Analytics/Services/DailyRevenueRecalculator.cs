using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Billing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Recomputes one clinic's per-day revenue from its payment facts in a given time zone. Rare (a clinic's zone
/// changes seldom), so it may read all the clinic's paid payments; it streams them and keeps only one row per day.
/// It reads the database, so pending changes to the clinic's payments must have been saved first.
/// </summary>
public sealed class DailyRevenueRecalculator(AnalyticsDbContext db)
{
    public async Task RecalculateAsync(Guid clinicId, TimeZoneInfo zone, CancellationToken ct)
    {
        await db.DailyRevenue.Where(d => d.ClinicId == clinicId).ExecuteDeleteAsync(ct);

        var days = new Dictionary<DateOnly, DailyRevenue>();
        var payments = db.PaymentFacts.AsNoTracking()
            .Where(p => p.ClinicId == clinicId
                && (p.Status == PaymentStatuses.Paid || p.Status == PaymentStatuses.Refunded))
            .AsAsyncEnumerable();
        await foreach (var payment in payments.WithCancellation(ct))
        {
            foreach (var movement in payment.RevenueMovements())
            {
                var date = ClinicTimeZones.LocalDate(movement.At, zone);
                if (!days.TryGetValue(date, out var day))
                {
                    days[date] = day = DailyRevenue.Create(clinicId, date);
                }

                day.Count(movement, +1);
            }
        }

        db.DailyRevenue.AddRange(days.Values);
    }
}
