using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

public sealed class DoctorsClient(ApiClient api)
{
    /// <summary>A clinic has 1–5 doctors: one page of 100 holds them all.</summary>
    public Task<ApiResult<Page<Doctor>>> ListAsync(string? search, CancellationToken cancellationToken) =>
        api.GetAsync<Page<Doctor>>(QueryHelpers.AddQueryString("/api/doctors",
            Query.Of(("search", Blank.ToNull(search)), ("pageSize", 100.ToString(CultureInfo.InvariantCulture)))), cancellationToken);

    public Task<ApiResult<Doctor>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        api.GetAsync<Doctor>($"/api/doctors/{id}", cancellationToken);

    public Task<ApiResult<Doctor>> CreateAsync(DoctorForm form, CancellationToken cancellationToken) =>
        api.SendAsync<Doctor>(HttpMethod.Post, "/api/doctors", form.ToBody(), null, cancellationToken);

    public Task<ApiResult<Doctor>> UpdateAsync(Guid id, DoctorForm form, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<Doctor>(HttpMethod.Put, $"/api/doctors/{id}", form.ToBody(), etag, cancellationToken);

    public Task<ApiResult<NoContent>> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Delete, $"/api/doctors/{id}", null, null, cancellationToken);
}
