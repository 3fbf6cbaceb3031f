using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Infrastructure.Http;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Services;

/// <summary>Finds the caller's appointment in the replica, or — before its first event arrived — at scheduling.</summary>
public sealed class AppointmentDirectory(RemindersDbContext db, ITenantContext tenant, SchedulingClient scheduling)
{
    /// <summary>The caller's appointment unless it was deleted; 404 when scheduling does not know it in the caller's clinic.</summary>
    public async Task<Appointment> GetLiveAsync(Guid appointmentId, CancellationToken ct)
    {
        var appointment = await db.Appointments.FirstOrDefaultAsync(a => a.Id == appointmentId, ct)
            ?? await FetchFromSchedulingAsync(appointmentId, ct);
        return appointment.Deleted ? throw new NotFoundException("Appointment") : appointment;
    }

    /// <summary>
    /// The replica learns of a booking from AppointmentScheduled, which comes a moment after the booking (scheduling's
    /// outbox → broker → our inbox). A reminder added right after booking must not answer 404 in that window, so we ask
    /// scheduling — the owner of appointments — with the caller's own token (it applies the same clinic filter and
    /// answers 404 for another clinic's appointment) and keep its answer in the replica as the fetched version; the
    /// events, when they arrive, take over from it (and create the automatic reminders then).
    /// </summary>
    private async Task<Appointment> FetchFromSchedulingAsync(Guid appointmentId, CancellationToken ct)
    {
        var answer = await scheduling.GetAppointmentAsync(appointmentId, ct) ?? throw new NotFoundException("Appointment");
        var fetched = Appointment.Fetched(tenant.ClinicId, answer.Id, answer.DoctorId, answer.PatientId, answer.StartsAt, answer.Status);
        await db.InsertIfAbsentAsync(fetched, ct);
        // Inserted now, or by an event's consumer a moment before: either way the row holds the newest state.
        return await db.Appointments.FirstOrDefaultAsync(a => a.Id == appointmentId, ct) ?? throw new NotFoundException("Appointment");
    }
}
