namespace ClinicOps.Web.Auth;

/// <summary>
/// An access token handed to a circuit, with its lifetime; never a refresh token (that stays in the cookie alone).
/// </summary>
public sealed record CircuitToken(string Access, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>
    /// True in the last third of the token's life, when the cookie's own handling refreshes it too: the circuit then
    /// asks for the cookie's newer token rather than send one that may expire on the way.
    /// </summary>
    public bool NeedsRenewal(DateTimeOffset now) => now >= ExpiresAt - (ExpiresAt - IssuedAt) / 3;

    public static CircuitToken From(SessionTokens tokens) => new(tokens.Access, tokens.IssuedAt, tokens.ExpiresAt);
}
