using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.Reminders.Model;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Services;

/// <summary>
/// Keeps the doctors' names reminder messages mention, from the doctor events and the names a booking carries;
/// forgets a deleted doctor's name.
/// </summary>
public sealed class DoctorReplica(RemindersDbContext db)
    : IEventHandler<DoctorSnapshot>, IEventHandler<AppointmentScheduled>, IEventHandler<DoctorDeleted>
{
    public Task HandleAsync(DoctorSnapshot message, CancellationToken ct) =>
        ApplyAsync(message.DoctorId, message.Name, message.OccurredAt, ct);

    /// <summary>A booking names its doctor; it may arrive before DoctorRegistered.</summary>
    public Task HandleAsync(AppointmentScheduled message, CancellationToken ct) =>
        ApplyAsync(message.DoctorId, message.DoctorName, message.OccurredAt, ct);

    /// <summary>The erased row stays, holding only the id, so an older event arriving late finds it and changes nothing.</summary>
    public async Task HandleAsync(DoctorDeleted message, CancellationToken ct)
    {
        if (!await db.InsertIfAbsentAsync(Doctor.Erased(message.DoctorId, message.OccurredAt), ct))
        {
            var doctor = await db.Doctors.FirstAsync(d => d.Id == message.DoctorId, ct);
            doctor.Erase(message.OccurredAt);
        }
    }

    private async Task ApplyAsync(Guid doctorId, string name, DateTimeOffset occurredAt, CancellationToken ct)
    {
        // Nearly always known already: one look-up. A first sight may come from two events at once (the doctor's own
        // and a booking, on separate queues), so the row is inserted only if still absent, and else read again.
        var doctor = await db.Doctors.FirstOrDefaultAsync(d => d.Id == doctorId, ct);
        if (doctor is null && await db.InsertIfAbsentAsync(Doctor.Create(doctorId, name, occurredAt), ct))
        {
            return;
        }

        doctor ??= await db.Doctors.FirstAsync(d => d.Id == doctorId, ct);
        doctor.ApplyIfNewer(name, occurredAt);
    }
}
