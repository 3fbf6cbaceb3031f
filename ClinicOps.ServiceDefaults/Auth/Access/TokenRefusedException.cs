using Microsoft.IdentityModel.Tokens;

namespace ClinicOps.ServiceDefaults.Auth.Access;

/// <summary>A valid token the user's current access no longer allows (see <see cref="AccessVerdict"/>).</summary>
public sealed class TokenRefusedException(AccessVerdict verdict) : SecurityTokenException($"The token was refused: {verdict}.")
{
    public AccessVerdict Verdict { get; } = verdict;
}
