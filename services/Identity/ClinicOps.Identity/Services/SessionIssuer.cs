using ClinicOps.Identity.Dtos;
using ClinicOps.Identity.Infrastructure;
using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.Extensions.Options;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Issues an access token and a refresh token. The refresh token is added to the context; the caller's
/// SaveChanges stores it together with the rest of its change.
/// </summary>
public sealed class SessionIssuer(IdentityDbContext db, AccessTokenIssuer accessTokens, IOptions<IdentitySettings> settings, TimeProvider time)
{
    /// <summary>A new sign-in: the first token of a new refresh-token family.</summary>
    public IssuedSession Start(User user, Clinic clinic) => Continue(user, clinic, familyId: Guid.CreateVersion7(time.Now()));

    /// <summary>The next token of an existing family (a rotation).</summary>
    public IssuedSession Continue(User user, Clinic clinic, Guid familyId)
    {
        var now = time.Now();
        var refreshToken = RefreshTokenValues.NewToken();
        var stored = new RefreshToken(user.Id, familyId, RefreshTokenValues.Hash(refreshToken), now, now + settings.Value.RefreshTokenLifetime);
        db.RefreshTokens.Add(stored);

        var access = accessTokens.Issue(user, clinic, familyId);
        var response = new AuthResponse(ClinicResponse.From(clinic), UserResponse.From(user), access.Token, refreshToken, access.ExpiresInSeconds);
        return new IssuedSession(response, stored);
    }
}
