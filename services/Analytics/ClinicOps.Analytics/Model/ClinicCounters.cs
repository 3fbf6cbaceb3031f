using ClinicOps.Contracts.Scheduling;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>
/// A clinic's dashboard figures, kept up to date one fact change at a time (the old contribution of a fact is
/// taken away and its new one added in the same transaction), so the dashboard reads one row however many
/// appointments the clinic has.
/// </summary>
public sealed class ClinicCounters : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public int TotalAppointments { get; private set; }
    public int ScheduledAppointments { get; private set; }
    public int CompletedAppointments { get; private set; }
    public int CancelledAppointments { get; private set; }
    public int NoShowAppointments { get; private set; }
    public decimal Revenue { get; private set; }
    public int PendingPaymentsCount { get; private set; }
    public decimal PendingPaymentsAmount { get; private set; }
    public int PendingReminders { get; private set; }
    /// <summary>The time of the newest event applied for the clinic.</summary>
    public DateTimeOffset? AsOf { get; private set; }

    public static ClinicCounters Create(Guid clinicId) => new() { ClinicId = clinicId };

    /// <summary>Adds (<paramref name="sign"/> = 1) or takes away (−1) what <paramref name="fact"/> contributes.</summary>
    public void Count(AppointmentFact fact, int sign)
    {
        if (!fact.Counts)
        {
            return;
        }

        TotalAppointments += sign;
        switch (fact.Status)
        {
            case AppointmentStatuses.Scheduled:
                ScheduledAppointments += sign;
                break;
            case AppointmentStatuses.Completed:
                CompletedAppointments += sign;
                break;
            case AppointmentStatuses.Cancelled:
                CancelledAppointments += sign;
                break;
            case AppointmentStatuses.NoShow:
                NoShowAppointments += sign;
                break;
        }
    }

    public void Count(PaymentFact fact, int sign)
    {
        Revenue += sign * fact.NetRevenue;
        if (fact.IsPending)
        {
            PendingPaymentsCount += sign;
            PendingPaymentsAmount += sign * fact.Amount;
        }
    }

    public void Count(ReminderFact fact, int sign)
    {
        if (fact.IsPending)
        {
            PendingReminders += sign;
        }
    }

    public void Observe(DateTimeOffset occurredAt)
    {
        var utc = occurredAt.ToUniversalTime();
        if (AsOf is null || utc > AsOf)
        {
            AsOf = utc;
        }
    }
}
