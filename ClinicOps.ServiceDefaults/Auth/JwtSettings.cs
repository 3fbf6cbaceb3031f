using System.Security.Cryptography;

namespace ClinicOps.ServiceDefaults.Auth;

/// <summary>
/// Configuration section "Jwt". Identity alone signs (with <see cref="PrivateKey"/>); every service and the
/// gateway validate with <see cref="PublicKey"/>. Both are PEM; the AppHost generates and passes them.
/// </summary>
public sealed class JwtSettings
{
    public const string Section = "Jwt";
    public const string Algorithm = "ES256";

    public string Issuer { get; set; } = "clinicops-identity";
    public string Audience { get; set; } = "clinicops";
    public string? PublicKey { get; set; }
    public string? PrivateKey { get; set; }

    /// <summary>The validation key: the configured public key, or the public half of the private key.</summary>
    public ECDsa CreateValidationKey()
    {
        var key = ECDsa.Create();
        if (!string.IsNullOrWhiteSpace(PublicKey))
        {
            key.ImportFromPem(PublicKey);
        }
        else if (!string.IsNullOrWhiteSpace(PrivateKey))
        {
            key.ImportFromPem(PrivateKey);
        }
        else
        {
            throw new InvalidOperationException(
                "Jwt:PublicKey is not configured. The AppHost passes it to every service; tests use ClinicOps.Testing.TestTokens.");
        }

        return key;
    }
}
