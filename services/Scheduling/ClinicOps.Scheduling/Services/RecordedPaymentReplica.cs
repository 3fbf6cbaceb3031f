using ClinicOps.Contracts.Billing;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>Keeps which appointments billing recorded payments for: from then on they cannot be deleted.</summary>
public sealed class RecordedPaymentReplica(SchedulingDbContext db) : IEventHandler<PaymentRecorded>
{
    public Task HandleAsync(PaymentRecorded message, CancellationToken ct) =>
        RecordAsync(message.PaymentId, message.AppointmentId, message.OccurredAt, ct);

    /// <summary>One row per payment, so a repeated event for the same payment counts once.</summary>
    public async Task RecordAsync(Guid paymentId, Guid appointmentId, DateTimeOffset occurredAt, CancellationToken ct)
    {
        if (!await db.RecordedPayments.AnyAsync(p => p.PaymentId == paymentId, ct))
        {
            db.RecordedPayments.Add(RecordedPayment.For(paymentId, appointmentId, StoredTime.Of(occurredAt)));
        }
    }
}
