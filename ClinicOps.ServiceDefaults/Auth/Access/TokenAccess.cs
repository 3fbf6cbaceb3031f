using System.Globalization;
using System.Security.Claims;

namespace ClinicOps.ServiceDefaults.Auth.Access;

/// <summary>Whether a validated token still speaks for its user, given what the service knows of the user's access.</summary>
public static class TokenAccess
{
    public static AccessVerdict Judge(ClaimsPrincipal token, UserAccess? access)
    {
        if (access is null)
        {
            return AccessVerdict.Allowed;
        }

        if (access.Removed)
        {
            return AccessVerdict.SessionEnded;
        }

        var version = int.TryParse(token.FindFirst(ClaimNames.SessionVersion)?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0;
        var session = Guid.TryParse(token.FindFirst(ClaimNames.SessionId)?.Value, out var id) ? id : (Guid?)null;
        // The session kept by the last end of sessions goes on with the tokens it already holds.
        var kept = session is not null && session == access.KeptSessionId && version == access.SessionVersion - 1;
        if (version < access.SessionVersion && !kept)
        {
            return AccessVerdict.SessionEnded;
        }

        return token.FindFirst(ClaimNames.Role)?.Value == access.Role ? AccessVerdict.Allowed : AccessVerdict.RoleChanged;
    }
}
