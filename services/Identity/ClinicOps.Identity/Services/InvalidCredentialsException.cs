using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Identity.Services;

/// <summary>401 for a failed login: one and the same problem for an unknown email and a wrong password.</summary>
public sealed class InvalidCredentialsException()
    : ProblemException(StatusCodes.Status401Unauthorized, "Invalid credentials", "The email or password is incorrect.");
