using ClinicOps.ServiceDefaults.Http;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Billing.Infrastructure.Http;

/// <summary>
/// Identity's API, for a clinic whose ClinicRegistered event has not reached billing yet: <c>GET /api/me</c> gives the
/// caller's clinic and its currency. BaseAddress: <c>Services:Identity</c> (default <c>https+http://identity</c>).
/// </summary>
public sealed class IdentityClient(HttpClient http, ILogger<IdentityClient> logger)
{
    public const string ConfigurationKey = "Services:Identity";
    public const string DefaultAddress = "https+http://identity";
    private const string Service = "identity";

    /// <summary>The caller's clinic currency; 404 when identity does not know the clinic.</summary>
    public async Task<string> GetClinicCurrencyAsync(CancellationToken ct)
    {
        var me = await UpstreamCall.GetJsonAsync<Me>(http, Service, "api/me", logger, ct) ?? throw new NotFoundException("Clinic");
        return me.Clinic?.Currency is { Length: 3 } currency ? currency : throw new UpstreamUnavailableException(Service);
    }

    private sealed record Me(MeClinic? Clinic);

    private sealed record MeClinic(Guid Id, string? Currency);
}
