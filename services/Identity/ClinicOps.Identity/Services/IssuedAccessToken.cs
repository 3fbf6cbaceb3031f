namespace ClinicOps.Identity.Services;

public sealed record IssuedAccessToken(string Token, int ExpiresInSeconds);
