using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Services;

/// <summary>Keeps the clinic's staff users from identity's events, so a doctor is linked only to a user of the same clinic.</summary>
public sealed class ClinicUserReplica(SchedulingDbContext db) : IEventHandler<UserRegistered>, IEventHandler<UserRemoved>
{
    public async Task HandleAsync(UserRegistered message, CancellationToken ct)
    {
        var changedAt = StoredTime.Of(message.OccurredAt);
        var user = await db.ClinicUsers.SingleOrDefaultAsync(u => u.UserId == message.UserId, ct);
        if (user is null)
        {
            db.ClinicUsers.Add(ClinicUser.Registered(message.UserId, message.Name, message.Role, changedAt));
        }
        else
        {
            user.Register(message.Name, message.Role, changedAt);
        }
    }

    /// <summary>The user left the clinic: doctors linked to it lose the link; a tombstone keeps a late registration out.</summary>
    public async Task HandleAsync(UserRemoved message, CancellationToken ct)
    {
        var changedAt = StoredTime.Of(message.OccurredAt);
        var user = await db.ClinicUsers.SingleOrDefaultAsync(u => u.UserId == message.UserId, ct);
        if (user is null)
        {
            db.ClinicUsers.Add(ClinicUser.Removed(message.UserId, changedAt));
        }
        else
        {
            user.Remove(changedAt);
        }

        foreach (var doctor in await db.Doctors.Where(d => d.UserId == message.UserId).ToListAsync(ct))
        {
            doctor.UnlinkUser();
        }
    }
}
