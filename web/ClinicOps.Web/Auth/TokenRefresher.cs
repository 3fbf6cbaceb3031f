using System.Collections.Concurrent;
using ClinicOps.Web.Api;

namespace ClinicOps.Web.Auth;

/// <summary>
/// Exchanges a refresh token once, however many requests of the same browser ask at the same moment. Identity
/// rotates refresh tokens and treats a second use of a rotated one as theft (it revokes the whole chain), so the
/// page and its assets, arriving together with the same cookie, must share one refresh: the first request performs
/// it and the others get its answer, also for a short while afterwards (a request that read the old cookie just
/// before the new one was set).
/// </summary>
public sealed class TokenRefresher(IServiceScopeFactory scopes, TimeProvider time)
{
    private static readonly TimeSpan RememberFor = TimeSpan.FromMinutes(2);

    private readonly ConcurrentDictionary<string, Lazy<Task<ApiResult<AuthSession>>>> inFlight = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (ApiResult<AuthSession> Result, DateTimeOffset Until)> recent = new(StringComparer.Ordinal);

    public async Task<ApiResult<AuthSession>> RefreshAsync(string refreshToken)
    {
        var now = time.GetUtcNow();
        Forget(now);
        if (recent.TryGetValue(refreshToken, out var remembered) && remembered.Until > now)
        {
            return remembered.Result;
        }

        var exchange = inFlight.GetOrAdd(refreshToken, token => new Lazy<Task<ApiResult<AuthSession>>>(() => ExchangeAsync(token)));
        try
        {
            var result = await exchange.Value;
            recent[refreshToken] = (result, time.GetUtcNow() + RememberFor);
            return result;
        }
        finally
        {
            inFlight.TryRemove(new KeyValuePair<string, Lazy<Task<ApiResult<AuthSession>>>>(refreshToken, exchange));
        }
    }

    // Not tied to the request that started it: the requests sharing it must not fail when that one is cancelled.
    private async Task<ApiResult<AuthSession>> ExchangeAsync(string refreshToken)
    {
        using var scope = scopes.CreateScope();
        var auth = scope.ServiceProvider.GetRequiredService<AuthClient>();
        return await auth.RefreshAsync(refreshToken, CancellationToken.None);
    }

    private void Forget(DateTimeOffset now)
    {
        foreach (var (token, entry) in recent)
        {
            if (entry.Until <= now)
            {
                recent.TryRemove(token, out _);
            }
        }
    }
}
