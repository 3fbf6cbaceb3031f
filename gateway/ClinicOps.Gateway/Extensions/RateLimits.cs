using System.Globalization;
using System.Threading.RateLimiting;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Gateway.Extensions;

/// <summary>
/// Per-IP limit (see <see cref="RateLimitClientKey"/>) on sign-up and /api/auth/* (slows credential stuffing beyond
/// identity's per-email lockout) and a per-clinic limit on everything else (one noisy clinic cannot starve the others). Rejections are 429
/// ProblemDetails with Retry-After — never the framework's default 503, and never queued.
/// </summary>
public static class RateLimits
{
    public const string Auth = "auth";
    public const string Clinic = "clinic";

    public static IHostApplicationBuilder AddGatewayRateLimits(this IHostApplicationBuilder builder)
    {
        var settings = builder.Configuration.GetSection("RateLimits").Get<RateLimitSettings>() ?? new RateLimitSettings();
        var clientKey = RateLimitClientKey.From(settings);

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(Auth, context => RateLimitPartition.GetFixedWindowLimiter(
                clientKey.Of(context),
                _ => Window(settings.AuthPerMinute)));
            options.AddPolicy(Clinic, context => RateLimitPartition.GetFixedWindowLimiter(
                context.User.FindFirst(ClaimNames.ClinicId)?.Value ?? clientKey.Of(context),
                _ => Window(settings.ClinicPerMinute)));
            options.OnRejected = async (rejected, _) =>
            {
                var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
                    ? (int)Math.Ceiling(wait.TotalSeconds)
                    : 60;
                await ProblemWriter.WriteAsync(rejected.HttpContext, StatusCodes.Status429TooManyRequests, "Too many requests",
                    $"Rate limit reached; try again in {retryAfter.ToString(CultureInfo.InvariantCulture)} seconds.", Math.Max(1, retryAfter));
            };
        });
        return builder;
    }

    private static FixedWindowRateLimiterOptions Window(int permitsPerMinute) => new()
    {
        PermitLimit = permitsPerMinute,
        Window = TimeSpan.FromMinutes(1),
        QueueLimit = 0,
        AutoReplenishment = true,
    };
}
