using System.Text;
using System.Text.Json.Nodes;
using ClinicOps.Testing;

namespace ClinicOps.Gateway.Tests;

/// <summary>The ways an attacker might dress up a token; each must be refused with 401.</summary>
public static class TokenForgery
{
    public static string Forge(string kind, Guid clinicId) => kind switch
    {
        "alg-none" => Unsigned(TestTokens.Mint(clinicId, Guid.CreateVersion7())),
        "foreign-key" => TestTokens.MintWith(d => d.SigningCredentials = TestTokens.ForeignSigningCredentials(), clinicId),
        "expired" => TestTokens.MintWith(TestTokens.Expire, clinicId),
        "tampered-clinic" => WithClinic(TestTokens.Mint(Guid.CreateVersion7(), Guid.CreateVersion7()), clinicId),
        "wrong-audience" => TestTokens.MintWith(d => d.Audience = "someone-else", clinicId),
        "wrong-issuer" => TestTokens.MintWith(d => d.Issuer = "https://evil.example", clinicId),
        "garbage" => "not-a-jwt",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>The same claims with <c>alg: none</c> and no signature.</summary>
    private static string Unsigned(string token)
    {
        var parts = token.Split('.');
        var header = Base64Url("""{"alg":"none","typ":"JWT"}""");
        return $"{header}.{parts[1]}.";
    }

    /// <summary>A validly signed token whose payload was edited to name another clinic; the signature no longer matches.</summary>
    private static string WithClinic(string token, Guid clinicId)
    {
        var parts = token.Split('.');
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[1])))!;
        payload["clinic_id"] = clinicId.ToString();
        return $"{parts[0]}.{Base64Url(payload.ToJsonString())}.{parts[2]}";
    }

    private static string Base64Url(string text) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(text)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static byte[] FromBase64Url(string text)
    {
        var padded = text.Replace('-', '+').Replace('_', '/');
        return Convert.FromBase64String(padded.PadRight(padded.Length + ((4 - (padded.Length % 4)) % 4), '='));
    }
}
