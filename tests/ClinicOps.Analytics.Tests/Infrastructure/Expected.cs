namespace ClinicOps.Analytics.Tests.Infrastructure;

/// <summary>
/// The figures a clinic should see, computed directly from the final state of its story (not incrementally,
/// and without the service's code): a deleted appointment counts nowhere, its payments count as money.
/// </summary>
public sealed class Expected(ClinicStory story)
{
    public DashboardDto Dashboard(DateTimeOffset now)
    {
        var appointments = story.Appointments.Where(a => !a.Deleted).ToList();
        var pending = story.Payments.Where(p => p.Status == "pending").ToList();
        return new DashboardDto(
            appointments.Count,
            appointments.Count(a => a.Status == "scheduled" && a.StartsAt > now),
            appointments.Count(a => a.Status == "completed"),
            appointments.Count(a => a.Status == "cancelled"),
            appointments.Count(a => a.Status == "no_show"),
            story.Payments.Where(p => p.Status == "paid").Sum(p => p.Amount),
            new PendingPaymentsDto(pending.Count, pending.Sum(p => p.Amount)),
            story.Reminders.Count(r => r.Status == "pending"),
            story.Currency,
            story.LastOccurredAt);
    }

    public IReadOnlyList<DoctorFiguresDto> Doctors(DateTimeOffset now) => story.Doctors
        .Select(d =>
        {
            var appointments = story.Appointments.Where(a => !a.Deleted && a.DoctorId == d.Key).ToList();
            return new DoctorFiguresDto(
                d.Key,
                d.Value,
                appointments.Count,
                appointments.Count(a => a.Status == "scheduled" && a.StartsAt > now),
                appointments.Count(a => a.Status == "completed"),
                appointments.Count(a => a.Status == "no_show"),
                story.Payments.Where(p => p.DoctorId == d.Key && p.Status == "paid").Sum(p => p.Amount));
        })
        .OrderBy(d => d.DoctorId)
        .ToList();

    /// <summary>Per local day: payments paid that day (+amount, +1 payment), refunds made that day (−amount).</summary>
    public IReadOnlyList<DailyRevenueDto> Revenue(DateOnly from, DateOnly to)
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(story.TimeZone);
        DateOnly Local(DateTimeOffset at) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime);

        var movements = story.Payments
            .Where(p => p.Status is "paid" or "refunded")
            .Select(p => (Date: Local(p.PaidAt!.Value), Revenue: p.Amount, Payments: 1))
            .Concat(story.Payments
                .Where(p => p.Status == "refunded")
                .Select(p => (Date: Local(p.RefundedAt!.Value), Revenue: -p.Amount, Payments: 0)))
            .ToList();

        return Enumerable.Range(0, to.DayNumber - from.DayNumber + 1)
            .Select(from.AddDays)
            .Select(date => new DailyRevenueDto(
                date,
                movements.Where(m => m.Date == date).Sum(m => m.Revenue),
                movements.Where(m => m.Date == date).Sum(m => m.Payments)))
            .ToList();
    }

    /// <summary>The local days the story's payments and refunds fall on, widened by a day each side.</summary>
    public (DateOnly From, DateOnly To) RevenueDays()
    {
        var zone = TimeZoneInfo.FindSystemTimeZoneById(story.TimeZone);
        var days = story.Payments
            .SelectMany(p => new[] { p.PaidAt, p.RefundedAt })
            .OfType<DateTimeOffset>()
            .Select(at => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime))
            .ToList();
        return (days.Min().AddDays(-1), days.Max().AddDays(1));
    }
}
