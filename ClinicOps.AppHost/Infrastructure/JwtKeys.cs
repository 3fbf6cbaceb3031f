using System.Security.Cryptography;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>The ES256 (ECDSA P-256) key pair: identity signs access tokens, every service and the gateway validate them.</summary>
public sealed record JwtKeys(string PrivateKeyPem, string PublicKeyPem)
{
    public const string Issuer = "clinicops-identity";
    public const string Audience = "clinicops";

    /// <summary>Overrides the generated key (PEM, PKCS#8); the integration tests use it to share a key with their token minter.</summary>
    public const string PrivateKeyConfigurationKey = "ClinicOps:Jwt:PrivateKey";

    public static JwtKeys FromPrivateKey(string privateKeyPem)
    {
        using var key = ECDsa.Create();
        key.ImportFromPem(privateKeyPem);
        return new JwtKeys(privateKeyPem, key.ExportSubjectPublicKeyInfoPem());
    }

    /// <summary>Reads the key from <paramref name="path"/>, creating it (readable by its owner only) on first run.</summary>
    public static JwtKeys LoadOrCreate(string path) => FromPrivateKey(SecretFile.ReadOrCreate(path, NewPrivateKeyPem));

    private static string NewPrivateKeyPem()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        return key.ExportPkcs8PrivateKeyPem();
    }
}
