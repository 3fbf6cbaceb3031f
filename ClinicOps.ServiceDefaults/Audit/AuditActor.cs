using System.Diagnostics;
using ClinicOps.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Audit;

/// <summary>
/// Who makes a change through the API, from the signed-in user's validated token, and the request's id: its trace id,
/// which the gateway answers as X-Request-Id and hands on to the service in traceparent.
/// </summary>
public sealed record AuditActor(Guid ClinicId, Guid UserId, string? UserName, string Role, string RequestId)
{
    /// <summary>The request's signed-in user, or null outside a request or for an anonymous one (sign-up, sign-in).</summary>
    public static AuditActor? Of(HttpContext? context)
    {
        var user = context?.User;
        if (user?.Identity?.IsAuthenticated != true
            || !Guid.TryParse(user.FindFirst(ClaimNames.Subject)?.Value, out var userId)
            || !Guid.TryParse(user.FindFirst(ClaimNames.ClinicId)?.Value, out var clinicId)
            || user.FindFirst(ClaimNames.Role)?.Value is not { Length: > 0 } role)
        {
            return null;
        }

        var requestId = Activity.Current?.TraceId.ToString() ?? context!.TraceIdentifier;
        return new AuditActor(clinicId, userId, user.FindFirst(ClaimNames.Name)?.Value, role, requestId);
    }
}
