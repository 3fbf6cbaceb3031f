using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

public sealed class PatientsClient(ApiClient api)
{
    public Task<ApiResult<Page<Patient>>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken) =>
        api.GetAsync<Page<Patient>>(QueryHelpers.AddQueryString("/api/patients", Query.Of(
            ("search", Blank.ToNull(search)), ("page", page.ToString(CultureInfo.InvariantCulture)),
            ("pageSize", pageSize.ToString(CultureInfo.InvariantCulture)))), cancellationToken);

    public Task<ApiResult<Patient>> GetAsync(Guid id, CancellationToken cancellationToken) =>
        api.GetAsync<Patient>($"/api/patients/{id}", cancellationToken);

    public Task<ApiResult<Patient>> CreateAsync(PatientForm form, CancellationToken cancellationToken) =>
        api.SendAsync<Patient>(HttpMethod.Post, "/api/patients", form.ToBody(), null, cancellationToken);

    public Task<ApiResult<Patient>> UpdateAsync(Guid id, PatientForm form, string? etag, CancellationToken cancellationToken) =>
        api.SendAsync<Patient>(HttpMethod.Put, $"/api/patients/{id}", form.ToBody(), etag, cancellationToken);

    public Task<ApiResult<NoContent>> DeleteAsync(Guid id, CancellationToken cancellationToken) =>
        api.SendAsync<NoContent>(HttpMethod.Delete, $"/api/patients/{id}", null, null, cancellationToken);
}
