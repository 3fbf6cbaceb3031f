using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Services;

/// <summary>
/// Keeps whom reminders go to and how, from the patient events and the contacts a booking carries; forgets them when
/// the patient is deleted or anonymised.
/// </summary>
public sealed class PatientReplica(RemindersDbContext db)
    : IEventHandler<PatientSnapshot>, IEventHandler<AppointmentScheduled>, IEventHandler<PatientAnonymized>, IEventHandler<PatientDeleted>
{
    public Task HandleAsync(PatientSnapshot message, CancellationToken ct) =>
        ApplyAsync(message.PatientId, message.Name, message.Phone, message.Email, message.OccurredAt, ct);

    /// <summary>A booking carries its patient's contacts; it may arrive before PatientRegistered.</summary>
    public Task HandleAsync(AppointmentScheduled message, CancellationToken ct) =>
        ApplyAsync(message.PatientId, message.PatientName, message.PatientPhone, message.PatientEmail, message.OccurredAt, ct);

    public Task HandleAsync(PatientAnonymized message, CancellationToken ct) => EraseAsync(message.PatientId, message.OccurredAt, ct);

    public Task HandleAsync(PatientDeleted message, CancellationToken ct) => EraseAsync(message.PatientId, message.OccurredAt, ct);

    /// <summary>The erased row stays, holding only the id, so an older event arriving late finds it and changes nothing.</summary>
    private async Task EraseAsync(Guid patientId, DateTimeOffset occurredAt, CancellationToken ct)
    {
        if (!await db.InsertIfAbsentAsync(Patient.Erased(patientId, occurredAt), ct))
        {
            var patient = await db.Patients.FirstAsync(p => p.Id == patientId, ct);
            patient.Erase(occurredAt);
        }
    }

    private async Task ApplyAsync(Guid patientId, string name, string phone, string? email, DateTimeOffset occurredAt,
        CancellationToken ct)
    {
        // Nearly always known already: one look-up. A first sight may come from two events at once (the patient's own
        // and a booking, on separate queues), so the row is inserted only if still absent, and else read again.
        var patient = await db.Patients.FirstOrDefaultAsync(p => p.Id == patientId, ct);
        if (patient is null && await db.InsertIfAbsentAsync(Patient.Create(patientId, name, phone, email, occurredAt), ct))
        {
            return;
        }

        patient ??= await db.Patients.FirstAsync(p => p.Id == patientId, ct);
        patient.ApplyIfNewer(name, phone, email, occurredAt);
    }
}
