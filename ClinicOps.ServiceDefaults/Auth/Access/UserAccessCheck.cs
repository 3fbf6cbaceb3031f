using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace ClinicOps.ServiceDefaults.Auth.Access;

/// <summary>
/// Checks every validated token against the user's access as this service knows it (its own user_access table, fed
/// by identity's UserAccessChanged events — never a call to identity). What was read is kept in memory for
/// <see cref="CacheLifetime"/>, so a busy user costs at most one query a second, and a change reaches every replica
/// within that second of its event arriving.
/// </summary>
public sealed class UserAccessCheck<TDbContext> : IUserAccessCheck, IDisposable
    where TDbContext : DbContext
{
    public static readonly TimeSpan CacheLifetime = TimeSpan.FromSeconds(1);

    private readonly MemoryCache _known = new(new MemoryCacheOptions());

    public async Task<AccessVerdict> JudgeAsync(ClaimsPrincipal token, IServiceProvider requestServices, CancellationToken ct)
    {
        if (!Guid.TryParse(token.FindFirst(ClaimNames.Subject)?.Value, out var userId))
        {
            return AccessVerdict.Allowed;
        }

        if (!_known.TryGetValue(userId, out UserAccess? access))
        {
            var db = (TDbContext)requestServices.GetService(typeof(TDbContext))!;
            access = await UserAccessStore.FindAsync(db, userId, ct);
            _known.Set(userId, access, CacheLifetime);
        }

        return TokenAccess.Judge(token, access);
    }

    public void Forget(Guid userId) => _known.Remove(userId);

    public void Dispose() => _known.Dispose();
}
