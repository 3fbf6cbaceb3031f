using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ClinicOps.Billing.Infrastructure;
using ClinicOps.Billing.Model;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Primitives;

namespace ClinicOps.Billing.Services;

/// <summary>
/// Idempotency-Key handling for payment POSTs: a key is stored per clinic, in the same transaction as the payment,
/// with a hash of the request and the answer given; a retry gets that answer again, the same key with another
/// request answers 422. Keys live 24 hours.
/// </summary>
public sealed class IdempotencyKeys(BillingDbContext db, TimeProvider time)
{
    public const string Header = "Idempotency-Key";

    /// <summary>
    /// The key of the request's header, read raw (parameter binding would turn a blank key into none): null when there
    /// is no header, 400 when it is sent more than once.
    /// </summary>
    public static string? FromHeader(StringValues header) => header.Count switch
    {
        0 => null,
        1 => header[0] ?? "",
        _ => throw new ValidationException(Header, $"Send one {Header}, not {header.Count}."),
    };

    /// <summary>400 unless the key is 1–200 characters, not blank, without control characters (CR, LF, tab, …) or commas.</summary>
    public static void Validate(string key) =>
        new ValidationErrors()
            .AddIf(string.IsNullOrWhiteSpace(key) || key.Length > IdempotencyKey.MaxLength, Header,
                $"{Header} must be 1 to {IdempotencyKey.MaxLength} characters, not blank.")
            .AddIf(key.Any(char.IsControl), Header, $"{Header} must not contain control characters.")
            // Proxies join repeated header lines with ", ": a comma means the client sent more than one key.
            .AddIf(key.Contains(','), Header, $"Send one {Header}; it must not contain a comma.")
            .ThrowIfAny();

    /// <summary>SHA-256 (hex) of method, path and the canonical form of the body: equal requests hash equally.</summary>
    public static string Hash(string method, string path, PaymentDraft draft)
    {
        var amount = draft.Amount is { } given ? Money.Format(given) : null;
        var canonicalBody = JsonSerializer.Serialize(new CanonicalBody(amount, draft.Method, draft.Status, draft.Reference));
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes($"{method}\n{path}\n{canonicalBody}"));
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>
    /// The answer stored for <paramref name="key"/> in the caller's clinic, or null when the key is new (or expired,
    /// in which case it is deleted and starts afresh). 422 when it was used for a different request.
    /// </summary>
    public async Task<CreatedResponse?> FindAsync(string key, string requestHash, CancellationToken ct)
    {
        var stored = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(k => k.Key == key, ct);
        if (stored is null)
        {
            return null;
        }

        if (stored.IsExpired(time.Now()))
        {
            await db.IdempotencyKeys.Where(k => k.Key == key && k.CreatedAt == stored.CreatedAt).ExecuteDeleteAsync(ct);
            return null;
        }

        return stored.RequestHash == requestHash
            ? new CreatedResponse(stored.ResponseStatus, stored.ResponseBody, stored.PaymentId)
            : throw new RuleViolationException($"This {Header} was already used for a different request; use a new key for a new payment.");
    }

    /// <summary>Records the key with the answer; saved by the caller's SaveChanges, with the payment.</summary>
    public void Add(string key, string requestHash, CreatedResponse response) =>
        db.IdempotencyKeys.Add(new IdempotencyKey(key, requestHash, response.StatusCode, response.Body, response.PaymentId, time.Now()));

    /// <summary>Deletes every clinic's keys older than 24 hours; returns how many.</summary>
    public Task<int> PurgeExpiredAsync(CancellationToken ct)
    {
        var cutoff = time.Now() - IdempotencyKey.Lifetime;
        return db.IdempotencyKeys.IgnoreQueryFilters([ServiceDefaults.Tenancy.TenantModelBuilderExtensions.TenantFilter])
            .Where(k => k.CreatedAt <= cutoff)
            .ExecuteDeleteAsync(ct);
    }

    private sealed record CanonicalBody(string? Amount, string Method, string Status, string? Reference);
}
