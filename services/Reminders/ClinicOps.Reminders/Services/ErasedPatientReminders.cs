using ClinicOps.Contracts.Reminders;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Services;

/// <summary>
/// An anonymised patient can no longer be reached: their pending reminders — sms, email and calls on the call list —
/// fail at once with a plain reason, rather than wait for a dispatcher that has no address to send to. One being
/// sent right now keeps its lease; the dispatcher records its outcome.
/// </summary>
public sealed class ErasedPatientReminders(RemindersDbContext db, TimeProvider time) : IEventHandler<PatientAnonymized>
{
    public async Task HandleAsync(PatientAnonymized message, CancellationToken ct)
    {
        var pending = await db.Reminders
            .Where(r => r.Status == ReminderStatuses.Pending && r.Appointment!.PatientId == message.PatientId)
            .ToListAsync(ct);
        var now = time.Now();
        foreach (var reminder in pending)
        {
            reminder.MarkUndeliverable(Reminder.ContactsErasedError);
            db.AddIntegrationEvent(ReminderEvents.Failed(reminder, reminder.ClinicId, now));
        }
    }
}
