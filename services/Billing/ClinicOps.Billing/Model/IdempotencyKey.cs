using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.Model;

/// <summary>
/// A client's Idempotency-Key with the request it came with (as a hash) and the answer it got, so a retry
/// is answered from here instead of recording the payment twice. Unique per clinic; kept for 24 hours.
/// </summary>
public sealed class IdempotencyKey : ITenantOwned
{
    public const int MaxLength = 200;
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    public Guid ClinicId { get; set; }
    public string Key { get; private set; } = "";
    /// <summary>SHA-256 (hex) of method, path and canonical body.</summary>
    public string RequestHash { get; private set; } = "";
    public int ResponseStatus { get; private set; }
    public string ResponseBody { get; private set; } = "";
    public Guid PaymentId { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }

    private IdempotencyKey()
    {
    }

    public IdempotencyKey(string key, string requestHash, int responseStatus, string responseBody, Guid paymentId, DateTimeOffset createdAt)
    {
        Key = key;
        RequestHash = requestHash;
        ResponseStatus = responseStatus;
        ResponseBody = responseBody;
        PaymentId = paymentId;
        CreatedAt = createdAt;
    }

    public bool IsExpired(DateTimeOffset now) => now - CreatedAt >= Lifetime;
}
