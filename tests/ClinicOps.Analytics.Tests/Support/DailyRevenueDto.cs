namespace ClinicOps.Analytics.Tests.Support;

public sealed record DailyRevenueDto(DateOnly Date, decimal Revenue, int Payments);
