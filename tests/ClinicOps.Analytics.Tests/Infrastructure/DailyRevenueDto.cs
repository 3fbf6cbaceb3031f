namespace ClinicOps.Analytics.Tests.Infrastructure;

public sealed record DailyRevenueDto(DateOnly Date, decimal Revenue, int Payments);
