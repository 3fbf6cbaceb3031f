namespace ClinicOps.Analytics.Model;

/// <summary>Money moving at an instant: +amount and one payment when paid, −amount and no payment when refunded.</summary>
public readonly record struct RevenueMovement(DateTimeOffset At, decimal Revenue, int Payments);
