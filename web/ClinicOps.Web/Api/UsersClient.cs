using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

/// <summary>The clinic's users (owners only; the API answers 403 to anyone else).</summary>
public sealed class UsersClient(ApiClient api)
{
    /// <summary>A clinic of 1–5 doctors has a handful of staff: one page of 100 holds them all.</summary>
    public Task<ApiResult<Page<StaffMember>>> ListAsync(CancellationToken cancellationToken) =>
        api.GetAsync<Page<StaffMember>>(QueryHelpers.AddQueryString("/api/users",
            "pageSize", 100.ToString(CultureInfo.InvariantCulture)), cancellationToken);

    public Task<ApiResult<StaffMember>> InviteAsync(InviteForm form, CancellationToken cancellationToken) =>
        api.SendAsync<StaffMember>(HttpMethod.Post, "/api/users", form.ToBody(), null, cancellationToken);

    public Task<ApiResult<StaffMember>> ChangeRoleAsync(Guid id, string? role, CancellationToken cancellationToken) =>
        api.SendAsync<StaffMember>(HttpMethod.Patch, $"/api/users/{id}", new { role }, null, cancellationToken);

    public Task<ApiResult<NoContent>> RemoveAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Delete, $"/api/users/{id}", null, null, cancellationToken);
}
