using ClinicOps.ServiceDefaults.Http;

namespace ClinicOps.Scheduling.Infrastructure.Http;

/// <summary>
/// Identity's API, asked when a doctor is linked to a user whose UserRegistered has not reached scheduling yet (created a
/// moment ago, or while the broker is away). The caller's token is forwarded, so identity answers only about the
/// caller's own clinic, and only to an owner.
/// </summary>
public sealed class IdentityClient(HttpClient http, ILogger<IdentityClient> logger)
{
    public const string ConfigurationKey = "Services:Identity";
    public const string DefaultAddress = "https+http://identity";
    private const string Service = "identity";

    /// <summary>True when identity knows the user in the caller's clinic; false when it does not (404).</summary>
    public async Task<bool> IsClinicUserAsync(Guid userId, CancellationToken ct) =>
        await UpstreamCall.GetJsonAsync<User>(http, Service, $"api/users/{userId}", logger, ct) is not null;

    private sealed record User(Guid Id);
}
