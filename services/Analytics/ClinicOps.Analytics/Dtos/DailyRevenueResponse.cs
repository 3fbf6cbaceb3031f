namespace ClinicOps.Analytics.Dtos;

/// <summary>A day in the clinic's time zone: money paid that day minus refunds made that day, and payments paid that day.</summary>
public sealed record DailyRevenueResponse(DateOnly Date, decimal Revenue, int Payments);
