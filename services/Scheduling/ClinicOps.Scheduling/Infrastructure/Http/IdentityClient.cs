using ClinicOps.ServiceDefaults.Http;

namespace ClinicOps.Scheduling.Infrastructure.Http;

/// <summary>
/// Identity's API, asked about what has not reached scheduling's replicas yet (created a moment ago, or while the
/// broker is away): a user a doctor is linked to, and the caller's clinic. The caller's token is forwarded, so identity
/// answers only about the caller's own clinic.
/// </summary>
public sealed class IdentityClient(HttpClient http, ILogger<IdentityClient> logger)
{
    public const string ConfigurationKey = "Services:Identity";
    public const string DefaultAddress = "https+http://identity";
    private const string Service = "identity";

    /// <summary>True when identity knows the user in the caller's clinic; false when it does not (404). Owner only.</summary>
    public async Task<bool> IsClinicUserAsync(Guid userId, CancellationToken ct) =>
        await UpstreamCall.GetJsonAsync<User>(http, Service, $"api/users/{userId}", logger, ct) is not null;

    /// <summary>The caller's clinic's time zone and slot step; null when identity does not know the clinic (404).</summary>
    public Task<ClinicSettings?> GetClinicAsync(CancellationToken ct) =>
        UpstreamCall.GetJsonAsync<ClinicSettings>(http, Service, "api/clinics/current", logger, ct);

    private sealed record User(Guid Id);
}

/// <param name="TimeZone">IANA id.</param>
public sealed record ClinicSettings(string TimeZone, int SlotStepMinutes);
