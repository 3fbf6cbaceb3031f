namespace ClinicOps.Web.Api;

/// <summary>A day in the clinic's time zone: money paid that day net of refunds made that day, and the payments paid.</summary>
public sealed record DailyRevenue(DateOnly Date, decimal Revenue, int Payments);
