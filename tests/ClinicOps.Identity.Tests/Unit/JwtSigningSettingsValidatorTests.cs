using System.Security.Cryptography;
using ClinicOps.Identity.Services;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.Testing;

namespace ClinicOps.Identity.Tests.Unit;

/// <summary>Identity refuses to start with a signing key the services would not accept.</summary>
public sealed class JwtSigningSettingsValidatorTests
{
    private static readonly JwtSigningSettingsValidator Validator = new();

    [Fact]
    public void The_test_key_pair_is_accepted()
    {
        var result = Validator.Validate(null, new JwtSettings { PrivateKey = TestTokens.PrivateKeyPem, PublicKey = TestTokens.PublicKeyPem });

        Assert.True(result.Succeeded);
    }

    [Fact]
    public void A_private_key_alone_is_accepted()
    {
        Assert.True(Validator.Validate(null, new JwtSettings { PrivateKey = TestTokens.PrivateKeyPem }).Succeeded);
    }

    [Fact]
    public void A_missing_private_key_is_refused()
    {
        var result = Validator.Validate(null, new JwtSettings { PublicKey = TestTokens.PublicKeyPem });

        Assert.True(result.Failed);
        Assert.Contains("Jwt:PrivateKey is not configured", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_on_another_curve_is_refused()
    {
        using var p384 = ECDsa.Create(ECCurve.NamedCurves.nistP384);

        var result = Validator.Validate(null, new JwtSettings { PrivateKey = p384.ExportPkcs8PrivateKeyPem() });

        Assert.Contains("P-256", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_key_that_does_not_match_the_private_key_is_refused()
    {
        using var other = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var result = Validator.Validate(null, new JwtSettings { PrivateKey = TestTokens.PrivateKeyPem, PublicKey = other.ExportSubjectPublicKeyInfoPem() });

        Assert.Contains("not the public half", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_that_is_not_a_key_is_refused()
    {
        var result = Validator.Validate(null, new JwtSettings { PrivateKey = "-----BEGIN PRIVATE KEY-----\nnope\n-----END PRIVATE KEY-----" });

        Assert.True(result.Failed);
    }
}
