using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>
/// Money received on one day in the clinic's time zone: payments paid that day minus refunds made that day,
/// and how many payments were paid that day.
/// </summary>
public sealed class DailyRevenue : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public DateOnly Date { get; private set; }
    public decimal Revenue { get; private set; }
    public int Payments { get; private set; }

    public static DailyRevenue Create(Guid clinicId, DateOnly date) => new() { ClinicId = clinicId, Date = date };

    public void Count(RevenueMovement movement, int sign)
    {
        Revenue += sign * movement.Revenue;
        Payments += sign * movement.Payments;
    }
}
