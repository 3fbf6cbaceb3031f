using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Model;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Billing.Services;

/// <summary>Keeps billing's appointment replica in step with scheduling's appointment events.</summary>
public sealed class AppointmentReplica(BillingDbContext db, ILogger<AppointmentReplica> logger) : IEventHandler<AppointmentSnapshot>
{
    public async Task HandleAsync(AppointmentSnapshot e, CancellationToken ct)
    {
        // A first sight of the appointment (also a deleted one, so a late payment for it answers 404) inserts it.
        if (await db.InsertIfAbsentAsync(ReplicatedAppointment.From<Appointment>(e), ct))
        {
            return;
        }

        var appointment = await db.Appointments.SingleAsync(a => a.Id == e.AppointmentId, ct);

        var wasDeleted = appointment.Deleted;
        if (!appointment.ApplyIfNewer(e))
        {
            logger.LogDebug("Appointment {AppointmentId} v{Version} is not newer than v{Held}; ignored", e.AppointmentId, e.Version, appointment.Version);
            return;
        }

        if (appointment.Deleted && !wasDeleted)
        {
            await FlagPaymentsOfDeletedAsync(appointment, ct);
        }
    }

    /// <summary>
    /// Scheduling refuses to delete an appointment with payments, but a payment recorded in the moment before the
    /// deletion reached billing crosses it. The money is kept: the payments are flagged and the clinic is told.
    /// </summary>
    private async Task FlagPaymentsOfDeletedAsync(Appointment appointment, CancellationToken ct)
    {
        var payments = await db.Payments.Where(p => p.AppointmentId == appointment.Id).ToListAsync(ct);
        if (payments.Count == 0)
        {
            return;
        }

        foreach (var payment in payments)
        {
            payment.FlagAppointmentDeleted();
        }

        logger.LogWarning(
            "Appointment {AppointmentId} of clinic {ClinicId} was deleted after {Count} payment(s) were recorded for it; " +
            "they are kept and flagged appointmentDeleted for the clinic to resolve: {PaymentIds}",
            appointment.Id, appointment.ClinicId, payments.Count, payments.Select(p => p.Id));
    }
}
