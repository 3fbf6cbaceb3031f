using System.Security.Cryptography;
using System.Text;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.Identity.Services;

/// <summary>Refresh tokens are 32 random bytes (base64url); the database keeps only their SHA-256.</summary>
public static class RefreshTokenValues
{
    public static string NewToken() => Base64UrlEncoder.Encode(RandomNumberGenerator.GetBytes(32));

    public static byte[] Hash(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
