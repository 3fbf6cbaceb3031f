using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Short-lived ES256 access tokens carrying sub, clinic_id, role, sid (the sign-in), sv (the user's session version),
/// iss, aud, jti, iat, nbf and exp.
/// </summary>
public sealed class AccessTokenIssuer(SigningKey key, IOptions<JwtSettings> jwt, IOptions<IdentitySettings> settings, TimeProvider time)
{
    private readonly JsonWebTokenHandler _handler = new();

    /// <summary>
    /// A token for <paramref name="user"/> of <paramref name="clinic"/> (passed separately because a user added in
    /// this unit of work gets its ClinicId stamped only when it is saved), in the sign-in <paramref name="sessionId"/>
    /// (its refresh-token family).
    /// </summary>
    public IssuedAccessToken Issue(User user, Clinic clinic, Guid sessionId)
    {
        if (user.ClinicId != Guid.Empty && user.ClinicId != clinic.Id)
        {
            throw new InvalidOperationException("A user's token can only name the user's own clinic.");
        }

        var now = time.Now();
        var lifetime = settings.Value.AccessTokenLifetime;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = jwt.Value.Issuer,
            Audience = jwt.Value.Audience,
            IssuedAt = now.UtcDateTime,
            NotBefore = now.UtcDateTime,
            Expires = (now + lifetime).UtcDateTime,
            SigningCredentials = key.Credentials,
            Claims = new Dictionary<string, object>
            {
                [ClaimNames.Subject] = user.Id.ToString(),
                [ClaimNames.ClinicId] = clinic.Id.ToString(),
                [ClaimNames.Role] = user.Role,
                [ClaimNames.Name] = user.Name,
                [ClaimNames.SessionId] = sessionId.ToString(),
                [ClaimNames.SessionVersion] = user.SessionVersion,
                [JwtRegisteredClaimNames.Jti] = Guid.CreateVersion7(now).ToString(),
            },
        };
        return new IssuedAccessToken(_handler.CreateToken(descriptor), (int)lifetime.TotalSeconds);
    }
}
