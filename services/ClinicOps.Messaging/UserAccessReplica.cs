using ClinicOps.Contracts.Identity;
using ClinicOps.ServiceDefaults.Auth.Access;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

/// <summary>
/// Keeps a service's user_access table (read by its <see cref="IUserAccessCheck"/>) up to date with identity's
/// announcements; the newest revision per user wins.
/// </summary>
public sealed class UserAccessReplica<TDbContext>(TDbContext db) : IEventHandler<UserAccessChanged>
    where TDbContext : DbContext
{
    public Task HandleAsync(UserAccessChanged message, CancellationToken ct) =>
        UserAccessStore.ApplyAsync(db, new UserAccess(message.UserId, message.ClinicId, message.Revision, message.Role,
            message.SessionVersion, message.KeptSessionId, message.Removed, message.OccurredAt), ct);
}
