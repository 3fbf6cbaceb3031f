using ClinicOps.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.ServiceDefaults.Tenancy;

internal sealed class TenantContext(IHttpContextAccessor accessor) : ITenantContext
{
    private Guid? _clinicOverride;

    public bool HasClinic => ClinicId != Guid.Empty;

    public Guid ClinicId => _clinicOverride ?? ReadGuid(ClaimNames.ClinicId);

    public Guid UserId => ReadGuid(ClaimNames.Subject);

    public string Role => accessor.HttpContext?.User.FindFirst(ClaimNames.Role)?.Value ?? "";

    public void Use(Guid clinicId) => _clinicOverride = clinicId;

    private Guid ReadGuid(string claim)
    {
        var user = accessor.HttpContext?.User;
        return user?.Identity?.IsAuthenticated == true && Guid.TryParse(user.FindFirst(claim)?.Value, out var id) ? id : Guid.Empty;
    }
}
