using ClinicOps.Contracts.Identity;
using ClinicOps.ServiceDefaults.Auth.Access;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Messaging;

/// <summary>
/// Keeps a service's user_access table (read by its <see cref="IUserAccessCheck"/>) up to date with identity's
/// announcements; the newest revision per user wins. Register it with <see cref="UserAccessBusExtensions.AddUserAccessConsumer{TDbContext}"/>.
/// </summary>
public sealed class UserAccessConsumer<TDbContext>(TDbContext db, ITenantContext tenant)
    : IdempotentConsumer<UserAccessChanged, TDbContext>(db, tenant)
    where TDbContext : DbContext
{
    protected override Task HandleAsync(UserAccessChanged message, CancellationToken ct) =>
        UserAccessStore.ApplyAsync(Db, new UserAccess(message.UserId, message.ClinicId, message.Revision, message.Role,
            message.SessionVersion, message.KeptSessionId, message.Removed, message.OccurredAt), ct);
}
