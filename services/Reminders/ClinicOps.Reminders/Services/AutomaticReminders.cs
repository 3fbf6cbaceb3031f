using ClinicOps.Contracts.Reminders;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Services;

/// <summary>
/// How reminders follow their appointment: scheduled → one upcoming reminder per lead time; rescheduled → pending
/// ones move with it; cancelled / deleted → every pending one is cancelled; no-show → pending upcoming ones are
/// cancelled; completed → pending upcoming ones are cancelled and, when the settings ask, a follow-up is created.
/// It keeps the replica of the appointment too, whose state before the event tells what changed.
/// </summary>
public sealed class AutomaticReminders(RemindersDbContext db, ITenantContext tenant, TimeProvider time, ILogger<AutomaticReminders> logger)
    : IEventHandler<AppointmentSnapshot>
{
    public async Task HandleAsync(AppointmentSnapshot snapshot, CancellationToken ct)
    {
        var now = time.Now();
        var firstSight = ReplicatedAppointment.From<Appointment>(snapshot);
        if (await db.InsertIfAbsentAsync(firstSight, ct))
        {
            // First sight — usually AppointmentScheduled, but after reordering it may be a later event; the earlier
            // one will then be stale, so the reminders the appointment's current state calls for are created now. The
            // row inserted is the snapshot's, so it is not read back.
            if (firstSight.IsScheduled)
            {
                await CreateUpcomingAsync(firstSight, now, ct);
            }
            else if (!firstSight.Deleted && firstSight.Status == AppointmentStatuses.Completed)
            {
                await CreateFollowUpAsync(firstSight, now, ct);
            }

            return;
        }

        var appointment = await db.Appointments.FirstAsync(a => a.Id == snapshot.AppointmentId, ct);

        // Fetched from scheduling when staff asked before any event arrived: this is the first event, so the
        // automatic reminders are still to be created, beside whatever staff added meanwhile.
        var wasFetched = appointment.IsFetched;
        var previousStart = appointment.StartsAt;
        var previousStatus = appointment.Status;
        if (!appointment.ApplyIfNewer(snapshot))
        {
            logger.LogDebug("Ignored version {Version} of appointment {AppointmentId}: version {Held} is held",
                snapshot.Version, snapshot.AppointmentId, appointment.Version);
            return;
        }

        var pending = await db.Reminders
            .Where(r => r.AppointmentId == appointment.Id && r.Status == ReminderStatuses.Pending)
            .ToListAsync(ct);
        if (appointment.Deleted)
        {
            Cancel(pending, now, alsoFollowUps: true);
            return;
        }

        switch (appointment.Status)
        {
            case AppointmentStatuses.Scheduled:
                Move(pending, appointment.StartsAt - previousStart, now);
                if (wasFetched)
                {
                    await CreateUpcomingAsync(appointment, now, ct);
                }

                break;
            case AppointmentStatuses.Cancelled:
                Cancel(pending, now, alsoFollowUps: true);
                break;
            case AppointmentStatuses.NoShow:
                Cancel(pending, now, alsoFollowUps: false);
                break;
            case AppointmentStatuses.Completed:
                Cancel(pending, now, alsoFollowUps: false);
                if (previousStatus != AppointmentStatuses.Completed || wasFetched)
                {
                    await CreateFollowUpAsync(appointment, now, ct);
                }

                break;
        }
    }

    private async Task CreateUpcomingAsync(Appointment appointment, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(ct) ?? ReminderSettings.Defaults();
        var patient = await db.Patients.FindAsync([appointment.PatientId], ct);
        if (patient is { IsErased: true })
        {
            return; // nobody to remind: the booking's event came after the patient was anonymised
        }

        var type = ReminderSettings.TypeFor(settings.DefaultType, patient?.Email);
        foreach (var lead in settings.LeadTimesMinutes)
        {
            var sendAt = appointment.StartsAt - TimeSpan.FromMinutes(lead);
            if (sendAt <= now)
            {
                continue; // too late for this one: the visit is sooner than the lead time
            }

            Add(Reminder.Create(appointment.Id, type, ReminderPurposes.Upcoming, sendAt, note: null, automatic: true, now), now);
        }
    }

    private async Task CreateFollowUpAsync(Appointment appointment, DateTimeOffset now, CancellationToken ct)
    {
        var settings = await db.Settings.FirstOrDefaultAsync(ct) ?? ReminderSettings.Defaults();
        if (settings.FollowUpAfterDays is not { } days)
        {
            return;
        }

        var sendAt = appointment.StartsAt + TimeSpan.FromDays(days);
        if (sendAt <= now)
        {
            logger.LogInformation("No follow-up for appointment {AppointmentId}: its day {SendAt} has passed", appointment.Id, sendAt);
            return;
        }

        var patient = await db.Patients.FindAsync([appointment.PatientId], ct);
        if (patient is { IsErased: true })
        {
            return; // nobody to follow up with: the patient was anonymised
        }

        var type = ReminderSettings.TypeFor(settings.FollowUpType, patient?.Email);
        Add(Reminder.Create(appointment.Id, type, ReminderPurposes.FollowUp, sendAt, note: null, automatic: true, now), now);
    }

    private void Add(Reminder reminder, DateTimeOffset now)
    {
        db.Reminders.Add(reminder);
        db.AddIntegrationEvent(ReminderEvents.Created(reminder, tenant.ClinicId, now));
    }

    private void Move(IEnumerable<Reminder> pending, TimeSpan shift, DateTimeOffset now)
    {
        if (shift == TimeSpan.Zero)
        {
            return; // an edit of notes, duration or doctor: the reminders stay where they are
        }

        foreach (var reminder in pending)
        {
            var sendAt = reminder.SendAt + shift;
            if (sendAt <= now)
            {
                reminder.Cancel();
                db.AddIntegrationEvent(ReminderEvents.Cancelled(reminder, tenant.ClinicId, now));
            }
            else
            {
                reminder.MoveTo(sendAt);
                db.AddIntegrationEvent(ReminderEvents.Rescheduled(reminder, tenant.ClinicId, now));
            }
        }
    }

    private void Cancel(IEnumerable<Reminder> pending, DateTimeOffset now, bool alsoFollowUps)
    {
        foreach (var reminder in pending.Where(r => alsoFollowUps || r.Purpose == ReminderPurposes.Upcoming))
        {
            reminder.Cancel();
            db.AddIntegrationEvent(ReminderEvents.Cancelled(reminder, tenant.ClinicId, now));
        }
    }
}
