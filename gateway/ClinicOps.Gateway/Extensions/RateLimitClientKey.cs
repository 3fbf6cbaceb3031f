using System.Net;
using System.Net.Sockets;

namespace ClinicOps.Gateway.Extensions;

/// <summary>
/// The per-IP rate limit's bucket of a request: the client's address, taken from X-Forwarded-For only when the request
/// comes from a trusted proxy (the rightmost address there that is not itself a trusted proxy), and an IPv6 client's
/// /64 rather than its full address — one home or server holds a whole /64 and could otherwise use a new bucket per request.
/// </summary>
public sealed class RateLimitClientKey(IReadOnlyList<IPNetwork> trustedProxies)
{
    public const string ForwardedForHeader = "X-Forwarded-For";

    public static RateLimitClientKey From(RateLimitSettings settings) =>
        new(settings.TrustedProxies.Select(Network).ToList());

    public string Of(HttpContext context)
    {
        var client = Normalize(context.Connection.RemoteIpAddress ?? IPAddress.Loopback);
        if (IsTrusted(client))
        {
            client = ForwardedClient(context.Request.Headers[ForwardedForHeader]) ?? client;
        }

        return Bucket(client);
    }

    /// <summary>The nearest address before the trusted proxies, reading the header's hops from the right.</summary>
    private IPAddress? ForwardedClient(IEnumerable<string?> headerValues)
    {
        var hops = headerValues.SelectMany(value => (value ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        IPAddress? nearest = null;
        foreach (var hop in hops.Reverse())
        {
            if (!IPAddress.TryParse(hop, out var address))
            {
                break; // a hop that is no address was not written by a proxy we trust: believe nothing beyond it
            }

            nearest = Normalize(address);
            if (!IsTrusted(nearest))
            {
                break;
            }
        }

        return nearest;
    }

    private bool IsTrusted(IPAddress address) => trustedProxies.Any(network => network.Contains(address));

    private static string Bucket(IPAddress address)
    {
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }

    private static IPAddress Normalize(IPAddress address) => address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;

    private static IPNetwork Network(string text) =>
        IPNetwork.TryParse(text, out var network) ? network
        : IPAddress.TryParse(text, out var address) ? new IPNetwork(Normalize(address), Normalize(address).AddressFamily == AddressFamily.InterNetwork ? 32 : 128)
        : throw new InvalidOperationException($"RateLimits:TrustedProxies holds '{text}', which is neither an address nor a network (e.g. 10.0.0.0/8).");
}
