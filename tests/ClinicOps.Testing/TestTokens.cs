using System.Security.Cryptography;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.Testing;

/// <summary>
/// Access tokens exactly as the identity service issues them (ES256, sub / clinic_id / role / jti, issuer and
/// audience), signed with one P-256 key per test process. Services under test get <see cref="PublicKeyPem"/>.
/// </summary>
public static class TestTokens
{
    public const string Issuer = "clinicops-identity";
    public const string Audience = "clinicops";

    private static readonly ECDsa Key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
    private static readonly JsonWebTokenHandler Handler = new();

    public static string PublicKeyPem { get; } = Key.ExportSubjectPublicKeyInfoPem();

    public static string PrivateKeyPem { get; } = Key.ExportPkcs8PrivateKeyPem();

    public static SigningCredentials SigningCredentials { get; } =
        new(new ECDsaSecurityKey(Key), SecurityAlgorithms.EcdsaSha256);

    /// <summary>A valid token for a user of a clinic.</summary>
    public static string Mint(Guid clinicId, Guid userId, string role = "owner", TimeSpan? lifetime = null) =>
        Sign(Describe(clinicId, userId, role, lifetime));

    /// <summary>
    /// A token built from a valid description and then changed — for attack tests: another key
    /// (<see cref="ForeignSigningCredentials"/>), an expired lifetime, a wrong issuer or audience, missing claims.
    /// </summary>
    public static string MintWith(Action<SecurityTokenDescriptor> change, Guid? clinicId = null, Guid? userId = null, string role = "owner")
    {
        var descriptor = Describe(clinicId ?? Guid.CreateVersion7(), userId ?? Guid.CreateVersion7(), role, null);
        change(descriptor);
        return Sign(descriptor);
    }

    /// <summary>Credentials of a key the services do not know (a forged signature).</summary>
    public static SigningCredentials ForeignSigningCredentials() =>
        new(new ECDsaSecurityKey(ECDsa.Create(ECCurve.NamedCurves.nistP256)), SecurityAlgorithms.EcdsaSha256);

    /// <summary>Makes a description already expired (issued and expired in the past, beyond any clock skew).</summary>
    public static void Expire(SecurityTokenDescriptor descriptor)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        descriptor.IssuedAt = now.AddMinutes(-30);
        descriptor.NotBefore = now.AddMinutes(-30);
        descriptor.Expires = now.AddMinutes(-15);
    }

    public static SecurityTokenDescriptor Describe(Guid clinicId, Guid userId, string role = "owner", TimeSpan? lifetime = null)
    {
        var now = TimeProvider.System.GetUtcNow().UtcDateTime;
        return new SecurityTokenDescriptor
        {
            Issuer = Issuer,
            Audience = Audience,
            IssuedAt = now,
            NotBefore = now,
            Expires = now + (lifetime ?? TimeSpan.FromMinutes(10)),
            SigningCredentials = SigningCredentials,
            Claims = new Dictionary<string, object>
            {
                ["sub"] = userId.ToString(),
                ["clinic_id"] = clinicId.ToString(),
                ["role"] = role,
                ["jti"] = Guid.NewGuid().ToString(),
            },
        };
    }

    public static string Sign(SecurityTokenDescriptor descriptor) => Handler.CreateToken(descriptor);
}
