using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.ServiceDefaults.Auth;

/// <summary>
/// Validates a bearer token once and keeps the success until the token expires: a signed-in user sends the same token
/// on every request, and every hop (the gateway, then the service) verified its ES256 signature each time — the largest
/// part of the gateway's own work per request. Kept by the token's SHA-256 (no token is held in memory); refusals are
/// never kept, so a bad token costs a full validation every time. The user's access (removed, sessions ended, role
/// changed) is still judged on every request after this, in <c>OnTokenValidated</c>. One per process, for its lifetime.
/// </summary>
public sealed class CachingTokenHandler(TokenHandler inner, TimeProvider time) : TokenHandler
{
    /// <summary>Tokens kept at most; past it the cache evicts (a busy clinic has a few dozen at once).</summary>
    public const int Capacity = 10_000;

    private readonly MemoryCache _valid = new(new MemoryCacheOptions { SizeLimit = Capacity });

    public override async Task<TokenValidationResult> ValidateTokenAsync(string token, TokenValidationParameters validationParameters)
    {
        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
        if (_valid.TryGetValue(key, out TokenValidationResult? known) && known!.SecurityToken.ValidTo > time.GetUtcNow().UtcDateTime)
        {
            return known;
        }

        var result = await inner.ValidateTokenAsync(token, validationParameters);
        var expires = result.SecurityToken?.ValidTo ?? DateTime.MinValue;
        if (result.IsValid && expires > time.GetUtcNow().UtcDateTime)
        {
            // Until the token's own expiry, not the later end of the clock skew: a token near its end is validated again.
            _valid.Set(key, result, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpiration = new DateTimeOffset(expires, TimeSpan.Zero) });
        }

        return result;
    }

    public override SecurityToken ReadToken(string token) => inner.ReadToken(token);
}
