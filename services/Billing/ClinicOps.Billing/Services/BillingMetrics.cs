using System.Diagnostics;
using System.Diagnostics.Metrics;
using ClinicOps.Billing.Model;
using ClinicOps.Contracts.Billing;

namespace ClinicOps.Billing.Services;

/// <summary>
/// The clinic's day in payments, for the ops team (Meter "ClinicOps.Billing", exported by the service defaults): counts
/// and amounts of committed payments, per currency (amounts of different currencies never add up), status and method.
/// No tag names a clinic or a person.
/// </summary>
public sealed class BillingMetrics
{
    public const string MeterName = "ClinicOps.Billing";

    private readonly Counter<long> _recorded;
    private readonly Counter<double> _recordedAmount;
    private readonly Counter<long> _paid;
    private readonly Counter<double> _paidAmount;

    public BillingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _recorded = meter.CreateCounter<long>("clinicops.payments.recorded", "{payment}",
            "Payments recorded, tagged with the status they were recorded in (paid or pending), method and currency.");
        _recordedAmount = meter.CreateCounter<double>("clinicops.payments.recorded.amount", "{currency unit}",
            "The sum of the payments recorded, in the currency of the tag.");
        _paid = meter.CreateCounter<long>("clinicops.payments.paid", "{payment}",
            "Payments that became paid: recorded as paid, or pending and then marked paid.");
        _paidAmount = meter.CreateCounter<double>("clinicops.payments.paid.amount", "{currency unit}",
            "The sum of the payments that became paid, in the currency of the tag.");
    }

    public void Recorded(Payment payment)
    {
        var tags = new TagList { { "currency", payment.Currency }, { "status", payment.Status }, { "method", payment.Method } };
        _recorded.Add(1, tags);
        _recordedAmount.Add((double)payment.Amount, tags);
        if (payment.Status == PaymentStatuses.Paid)
        {
            Paid(payment);
        }
    }

    public void Paid(Payment payment)
    {
        var tags = new TagList { { "currency", payment.Currency }, { "method", payment.Method } };
        _paid.Add(1, tags);
        _paidAmount.Add((double)payment.Amount, tags);
    }
}
