using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Identity.Services;

/// <summary>401 for a refresh token that is unknown, expired, revoked or already used.</summary>
public sealed class InvalidRefreshTokenException()
    : ProblemException(StatusCodes.Status401Unauthorized, "Invalid refresh token",
        "The refresh token is invalid, expired or revoked; sign in again.");
