using System.ComponentModel.DataAnnotations;

namespace ClinicOps.Identity.Services;

/// <summary>Configuration section "Identity". The defaults are the production values.</summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    /// <summary>bcrypt cost. 12 in production; tests may lower it to stay fast.</summary>
    [Range(4, 31)]
    public int BcryptWorkFactor { get; set; } = 12;

    /// <summary>Access tokens are short-lived: at most 15 minutes.</summary>
    [Range(typeof(TimeSpan), "00:00:30", "00:15:00")]
    public TimeSpan AccessTokenLifetime { get; set; } = TimeSpan.FromMinutes(15);

    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00")]
    public TimeSpan RefreshTokenLifetime { get; set; } = TimeSpan.FromDays(30);

    /// <summary>Failed logins for one email within <see cref="LockoutWindow"/> after which attempts answer 429.</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan LockoutWindow { get; set; } = TimeSpan.FromMinutes(15);
}
