using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace ClinicOps.Web.Auth;

/// <summary>
/// Where a browser request hands its session's current access token to that browser's circuit, server-side. A circuit
/// opens a hand-over for its signed-in user under a random id, has its browser post that id with the session cookie
/// (<see cref="CircuitTokenEndpoint"/>), and takes the token the request delivered. A delivery for another user than
/// the one who opened the hand-over is refused, so no request can pass its token to someone else's circuit; unused
/// hand-overs expire within seconds.
/// </summary>
public sealed class CircuitTokenHandOver(TimeProvider time)
{
    private static readonly TimeSpan OpenFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, HandOver> open = new(StringComparer.Ordinal);

    public string Open(string userId)
    {
        var now = time.GetUtcNow();
        foreach (var (staleId, stale) in open)
        {
            if (stale.Until <= now)
            {
                open.TryRemove(staleId, out _);
            }
        }

        var id = Base64Url(RandomNumberGenerator.GetBytes(32));
        open[id] = new HandOver(userId, now + OpenFor, null);
        return id;
    }

    /// <summary>Stores the token of <paramref name="userId"/>'s session for the circuit that opened <paramref name="id"/>.</summary>
    public bool Deliver(string id, string userId, CircuitToken token) =>
        open.TryGetValue(id, out var handOver)
        && handOver.UserId == userId
        && handOver.Until > time.GetUtcNow()
        && open.TryUpdate(id, handOver with { Token = token }, handOver);

    /// <summary>The delivered token, or null when none came; either way the hand-over is closed.</summary>
    public CircuitToken? Take(string id) => open.TryRemove(id, out var handOver) ? handOver.Token : null;

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private sealed record HandOver(string UserId, DateTimeOffset Until, CircuitToken? Token);
}
