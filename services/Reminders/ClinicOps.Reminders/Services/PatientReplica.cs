using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;

namespace ClinicOps.Reminders.Services;

/// <summary>Keeps whom reminders go to and how, from the patient events and the contacts a booking carries.</summary>
public sealed class PatientReplica(RemindersDbContext db) : IEventHandler<PatientSnapshot>, IEventHandler<AppointmentScheduled>
{
    public Task HandleAsync(PatientSnapshot message, CancellationToken ct) =>
        ApplyAsync(message.PatientId, message.Name, message.Phone, message.Email, message.OccurredAt, ct);

    /// <summary>A booking carries its patient's contacts; it may arrive before PatientRegistered.</summary>
    public Task HandleAsync(AppointmentScheduled message, CancellationToken ct) =>
        ApplyAsync(message.PatientId, message.PatientName, message.PatientPhone, message.PatientEmail, message.OccurredAt, ct);

    private async Task ApplyAsync(Guid patientId, string name, string phone, string? email, DateTimeOffset occurredAt,
        CancellationToken ct)
    {
        var patient = await db.Patients.FindAsync([patientId], ct);
        if (patient is null)
        {
            db.Patients.Add(Patient.Create(patientId, name, phone, email, occurredAt));
        }
        else
        {
            patient.ApplyIfNewer(name, phone, email, occurredAt);
        }
    }
}
