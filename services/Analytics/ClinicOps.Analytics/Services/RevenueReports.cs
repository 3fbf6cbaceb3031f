using ClinicOps.Analytics.Dtos;
using ClinicOps.Analytics.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

/// <summary>Revenue per day of the caller's clinic, read from the per-day rows (a key range scan), every day listed.</summary>
public sealed class RevenueReports(AnalyticsDbContext db)
{
    public async Task<IReadOnlyList<DailyRevenueResponse>> GetAsync(ReportRange range, CancellationToken ct)
    {
        var days = await db.DailyRevenue.AsNoTracking()
            .Where(d => d.Date >= range.From && d.Date <= range.To)
            .ToDictionaryAsync(d => d.Date, ct);

        return Enumerable.Range(0, range.Days)
            .Select(range.From.AddDays)
            .Select(date => days.TryGetValue(date, out var day)
                ? new DailyRevenueResponse(date, Money.Cents(day.Revenue), day.Payments)
                : new DailyRevenueResponse(date, Money.Cents(0m), 0))
            .ToList();
    }
}
