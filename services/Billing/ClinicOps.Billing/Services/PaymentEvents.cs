using ClinicOps.Billing.Model;
using ClinicOps.Contracts.Billing;

namespace ClinicOps.Billing.Services;

/// <summary>
/// The payment events, each a whole snapshot (clinic, appointment, doctor, amount, currency, status, version),
/// so the analytics read model needs nothing else.
/// </summary>
internal static class PaymentEvents
{
    /// <summary>On create: PaymentRecorded, plus PaymentPaid with the same snapshot when it was recorded as paid.</summary>
    public static IEnumerable<PaymentSnapshot> Recorded(Payment p, Guid clinicId, DateTimeOffset at)
    {
        yield return new PaymentRecorded
        {
            ClinicId = clinicId, OccurredAt = at, PaymentId = p.Id, Version = p.Version, AppointmentId = p.AppointmentId,
            DoctorId = p.DoctorId, Amount = p.Amount, Currency = p.Currency, Method = p.Method, Status = p.Status,
            PaidAt = p.PaidAt, RefundedAt = p.RefundedAt,
        };
        if (p.Status == PaymentStatuses.Paid)
        {
            yield return Paid(p, clinicId, at);
        }
    }

    public static PaymentPaid Paid(Payment p, Guid clinicId, DateTimeOffset at) => new()
    {
        ClinicId = clinicId, OccurredAt = at, PaymentId = p.Id, Version = p.Version, AppointmentId = p.AppointmentId,
        DoctorId = p.DoctorId, Amount = p.Amount, Currency = p.Currency, Method = p.Method, Status = p.Status,
        PaidAt = p.PaidAt, RefundedAt = p.RefundedAt,
    };

    public static PaymentFailed Failed(Payment p, Guid clinicId, DateTimeOffset at) => new()
    {
        ClinicId = clinicId, OccurredAt = at, PaymentId = p.Id, Version = p.Version, AppointmentId = p.AppointmentId,
        DoctorId = p.DoctorId, Amount = p.Amount, Currency = p.Currency, Method = p.Method, Status = p.Status,
        PaidAt = p.PaidAt, RefundedAt = p.RefundedAt,
    };

    public static PaymentRefunded Refunded(Payment p, Guid clinicId, DateTimeOffset at) => new()
    {
        ClinicId = clinicId, OccurredAt = at, PaymentId = p.Id, Version = p.Version, AppointmentId = p.AppointmentId,
        DoctorId = p.DoctorId, Amount = p.Amount, Currency = p.Currency, Method = p.Method, Status = p.Status,
        PaidAt = p.PaidAt, RefundedAt = p.RefundedAt,
    };
}
