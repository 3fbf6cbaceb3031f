namespace ClinicOps.Web.Api;

public sealed class ClinicClient(ApiClient api)
{
    public Task<ApiResult<ClinicSettings>> GetAsync(CancellationToken cancellationToken) =>
        api.GetAsync<ClinicSettings>("/api/clinics/current", cancellationToken);

    /// <summary>Owner only.</summary>
    public Task<ApiResult<ClinicSettings>> UpdateAsync(ClinicSettingsForm form, CancellationToken cancellationToken) =>
        api.SendAsync<ClinicSettings>(HttpMethod.Patch, "/api/clinics/current", form.ToBody(), null, cancellationToken);
}
