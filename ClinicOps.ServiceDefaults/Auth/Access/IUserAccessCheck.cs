using System.Security.Claims;

namespace ClinicOps.ServiceDefaults.Auth.Access;

/// <summary>The check the token validation of every service runs (see <see cref="UserAccessCheck{TDbContext}"/>).</summary>
public interface IUserAccessCheck
{
    Task<AccessVerdict> JudgeAsync(ClaimsPrincipal token, IServiceProvider requestServices, CancellationToken ct);

    /// <summary>Drops what this replica remembers about a user, so its next request reads the stored access again.</summary>
    void Forget(Guid userId);
}
