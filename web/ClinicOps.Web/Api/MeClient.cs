namespace ClinicOps.Web.Api;

public sealed class MeClient(ApiClient api)
{
    public Task<ApiResult<Me>> GetAsync(CancellationToken cancellationToken) => api.GetAsync<Me>("/api/me", cancellationToken);
}
