using System.Security.Cryptography;
using System.Text;
using ClinicOps.Identity.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.Identity.Services;

/// <summary>
/// The ES256 (P-256) key identity signs access tokens with, from <c>Jwt:PrivateKey</c> (PEM). Its public half is
/// published as a JWKS; the key id is the key's RFC 7638 thumbprint.
/// </summary>
public sealed class SigningKey : IDisposable
{
    public const string Curve = "P-256";

    private readonly ECDsa _key;

    public SigningKey(IOptions<JwtSettings> options)
    {
        _key = Import(options.Value.PrivateKey);
        var parameters = _key.ExportParameters(includePrivateParameters: false);
        X = Base64UrlEncoder.Encode(parameters.Q.X);
        Y = Base64UrlEncoder.Encode(parameters.Q.Y);
        KeyId = Thumbprint(X, Y);
        Credentials = new SigningCredentials(new ECDsaSecurityKey(_key) { KeyId = KeyId }, SecurityAlgorithms.EcdsaSha256);
    }

    public string KeyId { get; }
    public string X { get; }
    public string Y { get; }
    public SigningCredentials Credentials { get; }

    public JsonWebKeySetResponse PublicKeySet => new([new JsonWebKeyResponse("EC", Curve, X, Y, KeyId, "sig", JwtSettings.Algorithm)]);

    /// <summary>Reads a PEM private key and checks it is a P-256 key (ES256 signs only with that curve).</summary>
    public static ECDsa Import(string? pem)
    {
        if (string.IsNullOrWhiteSpace(pem))
        {
            throw new InvalidOperationException(
                "Jwt:PrivateKey is not configured: identity needs the ES256 (P-256) private key in PEM to sign tokens. The AppHost generates it.");
        }

        var key = ECDsa.Create();
        key.ImportFromPem(pem);
        var curve = key.ExportParameters(includePrivateParameters: true);
        if (curve.D is null || key.KeySize != 256)
        {
            key.Dispose();
            throw new InvalidOperationException("Jwt:PrivateKey must be an EC P-256 private key (ES256).");
        }

        return key;
    }

    public void Dispose() => _key.Dispose();

    private static string Thumbprint(string x, string y)
    {
        // RFC 7638: SHA-256 over the required members in lexicographic order, no whitespace.
        var canonical = $$"""{"crv":"{{Curve}}","kty":"EC","x":"{{x}}","y":"{{y}}"}""";
        return Base64UrlEncoder.Encode(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
    }
}
