using System.Globalization;
using Microsoft.AspNetCore.Authentication;

namespace ClinicOps.Web.Auth;

/// <summary>
/// The token pair of a session as kept in the cookie ticket's properties (encrypted by Data Protection, HttpOnly):
/// the browser holds only ciphertext.
/// </summary>
public sealed record SessionTokens(string Access, string Refresh, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    public const string AccessToken = "access_token";
    public const string RefreshToken = "refresh_token";
    private const string IssuedAtName = "issued_at";
    private const string ExpiresAtName = "expires_at";

    public static SessionTokens From(AuthSession session, DateTimeOffset now) =>
        new(session.AccessToken, session.RefreshToken, now, now.AddSeconds(session.ExpiresIn));

    /// <summary>
    /// True in the last third of the access token's life (the last 5 minutes of a 15-minute token), early enough that
    /// a page's API calls never carry a token that expires on the way.
    /// </summary>
    public bool NeedRefresh(DateTimeOffset now) => now >= ExpiresAt - (ExpiresAt - IssuedAt) / 3;

    public void StoreIn(AuthenticationProperties properties) => properties.StoreTokens(
    [
        new AuthenticationToken { Name = AccessToken, Value = Access },
        new AuthenticationToken { Name = RefreshToken, Value = Refresh },
        new AuthenticationToken { Name = IssuedAtName, Value = IssuedAt.ToString("O", CultureInfo.InvariantCulture) },
        new AuthenticationToken { Name = ExpiresAtName, Value = ExpiresAt.ToString("O", CultureInfo.InvariantCulture) },
    ]);

    public static SessionTokens? ReadFrom(AuthenticationProperties properties) =>
        properties.GetTokenValue(AccessToken) is { Length: > 0 } access
        && properties.GetTokenValue(RefreshToken) is { Length: > 0 } refresh
        && DateTimeOffset.TryParse(properties.GetTokenValue(IssuedAtName), CultureInfo.InvariantCulture, DateTimeStyles.None, out var issuedAt)
        && DateTimeOffset.TryParse(properties.GetTokenValue(ExpiresAtName), CultureInfo.InvariantCulture, DateTimeStyles.None, out var expiresAt)
            ? new SessionTokens(access, refresh, issuedAt, expiresAt)
            : null;
}
