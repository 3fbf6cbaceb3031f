using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// Keeps what scheduling knows of identity's clinics and users and of billing's payments. Called by the consumers
/// inside their inbox transaction, with the tenant set to the event's clinic; it never saves by itself.
/// </summary>
public sealed class ReplicaUpdater(SchedulingDbContext db)
{
    /// <summary>ClinicRegistered / ClinicUpdated: newest snapshot wins, so reordered events converge.</summary>
    public async Task ApplyClinicAsync(string name, string timeZone, int? slotStepMinutes, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var changedAt = occurredAt.ToUniversalTime();
        var clinic = await db.Clinics.SingleOrDefaultAsync(ct);
        if (clinic is null)
        {
            db.Clinics.Add(Clinic.From(name, timeZone, slotStepMinutes, changedAt));
        }
        else
        {
            clinic.Apply(name, timeZone, slotStepMinutes, changedAt);
        }
    }

    public async Task RegisterUserAsync(Guid userId, string name, string role, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var changedAt = occurredAt.ToUniversalTime();
        var user = await db.ClinicUsers.SingleOrDefaultAsync(u => u.UserId == userId, ct);
        if (user is null)
        {
            db.ClinicUsers.Add(ClinicUser.Registered(userId, name, role, changedAt));
        }
        else
        {
            user.Register(name, role, changedAt);
        }
    }

    /// <summary>The user left the clinic: doctors linked to it lose the link; a tombstone keeps a late registration out.</summary>
    public async Task RemoveUserAsync(Guid userId, DateTimeOffset occurredAt, CancellationToken ct)
    {
        var changedAt = occurredAt.ToUniversalTime();
        var user = await db.ClinicUsers.SingleOrDefaultAsync(u => u.UserId == userId, ct);
        if (user is null)
        {
            db.ClinicUsers.Add(ClinicUser.Removed(userId, changedAt));
        }
        else
        {
            user.Remove(changedAt);
        }

        foreach (var doctor in await db.Doctors.Where(d => d.UserId == userId).ToListAsync(ct))
        {
            doctor.UnlinkUser();
        }
    }

    /// <summary>PaymentRecorded: one row per payment, so a repeated event for the same payment counts once.</summary>
    public async Task RecordPaymentAsync(Guid paymentId, Guid appointmentId, DateTimeOffset occurredAt, CancellationToken ct)
    {
        if (!await db.RecordedPayments.AnyAsync(p => p.PaymentId == paymentId, ct))
        {
            db.RecordedPayments.Add(RecordedPayment.For(paymentId, appointmentId, occurredAt.ToUniversalTime()));
        }
    }
}
