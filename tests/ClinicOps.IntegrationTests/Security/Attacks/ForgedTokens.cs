using System.Text;
using System.Text.Json.Nodes;
using ClinicOps.Testing;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>
/// Tokens an attacker might dress up, each naming the victim clinic and its owner, so that one accepted by mistake would
/// act on the victim's data. (The idea of ClinicOps.Gateway.Tests' TokenForgery, against the whole app.)
/// </summary>
public static class ForgedTokens
{
    /// <summary>The victim's claims with <c>alg: none</c> and no signature.</summary>
    public static string AlgNone(Guid clinicId, Guid userId)
    {
        var parts = TestTokens.Mint(clinicId, userId).Split('.');
        return $"{Base64Url("""{"alg":"none","typ":"JWT"}""")}.{parts[1]}.";
    }

    public static string SignedWithAnotherKey(Guid clinicId, Guid userId) =>
        TestTokens.MintWith(d => d.SigningCredentials = TestTokens.ForeignSigningCredentials(), clinicId, userId);

    /// <summary>Algorithm confusion: HS256 with the services' public key (which anyone may know) as the HMAC secret.</summary>
    public static string HmacWithThePublicKey(Guid clinicId, Guid userId) =>
        TestTokens.MintWith(d => d.SigningCredentials = new SigningCredentials(
            new SymmetricSecurityKey(Encoding.UTF8.GetBytes(TestTokens.PublicKeyPem)), SecurityAlgorithms.HmacSha256), clinicId, userId);

    public static string Expired(Guid clinicId, Guid userId) => TestTokens.MintWith(TestTokens.Expire, clinicId, userId);

    public static string ForAnotherAudience(Guid clinicId, Guid userId) => TestTokens.MintWith(d => d.Audience = "someone-else", clinicId, userId);

    public static string FromAnotherIssuer(Guid clinicId, Guid userId) => TestTokens.MintWith(d => d.Issuer = "https://evil.example", clinicId, userId);

    /// <summary>A valid token of the attacker's own clinic whose payload was edited to name the victim's; the signature no longer matches.</summary>
    public static string WithEditedClinic(Guid victimClinicId, Guid userId)
    {
        var parts = TestTokens.Mint(Guid.CreateVersion7(), userId).Split('.');
        var payload = JsonNode.Parse(Encoding.UTF8.GetString(FromBase64Url(parts[1])))!;
        payload["clinic_id"] = victimClinicId.ToString();
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
