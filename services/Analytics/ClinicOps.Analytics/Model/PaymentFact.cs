using ClinicOps.Contracts.Billing;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>
/// The newest known state of one payment. It needs no appointment fact: a payment counts as money as soon as
/// it is paid, even before (or without) its appointment's events, and also when the appointment was deleted.
/// </summary>
public sealed class PaymentFact : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public Guid PaymentId { get; private set; }
    public Guid AppointmentId { get; private set; }
    public Guid DoctorId { get; private set; }
    public decimal Amount { get; private set; }
    public string Status { get; private set; } = PaymentStatuses.Pending;
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }
    public int Version { get; private set; }

    /// <summary>What this payment adds to revenue: its amount while paid; a refund nets it to zero.</summary>
    public decimal NetRevenue => Status == PaymentStatuses.Paid ? Amount : 0m;

    public bool IsPending => Status == PaymentStatuses.Pending;

    public static PaymentFact From(PaymentSnapshot snapshot)
    {
        var fact = new PaymentFact { ClinicId = snapshot.ClinicId, PaymentId = snapshot.PaymentId };
        fact.Apply(snapshot);
        return fact;
    }

    public bool IsOlderThan(PaymentSnapshot snapshot) => snapshot.Version > Version;

    public void Apply(PaymentSnapshot snapshot)
    {
        AppointmentId = snapshot.AppointmentId;
        DoctorId = snapshot.DoctorId;
        Amount = snapshot.Amount;
        Status = snapshot.Status;
        var moneyReceived = Status is PaymentStatuses.Paid or PaymentStatuses.Refunded;
        // A paid or refunded snapshot without its time still happened: the event's time is the best we know.
        PaidAt = (snapshot.PaidAt ?? (moneyReceived ? snapshot.OccurredAt : null))?.ToUniversalTime();
        RefundedAt = (snapshot.RefundedAt ?? (Status == PaymentStatuses.Refunded ? snapshot.OccurredAt : null))?.ToUniversalTime();
        Version = snapshot.Version;
    }

    /// <summary>
    /// The payment's movements of money: received when paid, and given back when refunded (on the day of the refund).
    /// </summary>
    public IEnumerable<RevenueMovement> RevenueMovements()
    {
        if (Status is PaymentStatuses.Paid or PaymentStatuses.Refunded && PaidAt is { } paidAt)
        {
            yield return new RevenueMovement(paidAt, Amount, 1);
        }

        if (Status == PaymentStatuses.Refunded && RefundedAt is { } refundedAt)
        {
            yield return new RevenueMovement(refundedAt, -Amount, 0);
        }
    }
}
