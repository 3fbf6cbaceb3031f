using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Infrastructure.Http;
using ClinicOps.Billing.Model;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Billing.Services;

/// <summary>Finds the caller's appointment in billing's replica, or — before its first event arrived — at scheduling.</summary>
public sealed class AppointmentDirectory(BillingDbContext db, SchedulingClient scheduling)
{
    /// <summary>An appointment payments can be recorded for: in the caller's clinic and not deleted; 404 otherwise.</summary>
    public async Task<Appointment> GetPayableAsync(Guid appointmentId, CancellationToken ct)
    {
        var appointment = await GetAsync(appointmentId, ct);
        return appointment.Deleted ? throw new NotFoundException("Appointment") : appointment;
    }

    /// <summary>The caller's appointment, deleted or not; 404 when scheduling does not know it in the caller's clinic.</summary>
    public async Task<Appointment> GetAsync(Guid appointmentId, CancellationToken ct) =>
        await db.Appointments.SingleOrDefaultAsync(a => a.Id == appointmentId, ct)
        ?? await FetchFromSchedulingAsync(appointmentId, ct);

    /// <summary>
    /// The replica learns of a booking from AppointmentScheduled, which comes a moment after the booking (scheduling's
    /// outbox → broker → our inbox). A payment taken right after booking must not answer 404 in that window, so we ask
    /// scheduling — the owner of appointments — with the caller's own token (it applies the same clinic filter and
    /// answers 404 for another clinic's appointment) and keep its answer in the replica (as version 0); the events,
    /// when they arrive, take over from it.
    /// </summary>
    private async Task<Appointment> FetchFromSchedulingAsync(Guid appointmentId, CancellationToken ct)
    {
        var state = await scheduling.GetAppointmentAsync(appointmentId, ct);
        await db.InsertIfAbsentAsync(new Appointment(state), ct);
        // Inserted now, or by an event's consumer a moment before: either way the row holds the newest state.
        return await db.Appointments.SingleOrDefaultAsync(a => a.Id == appointmentId, ct) ?? throw new NotFoundException("Appointment");
    }
}
