namespace ClinicOps.Benchmarks.Api;

/// <summary>Sign-up, login and refresh answers (only what the benchmark uses).</summary>
public sealed record AuthAnswer(Created Clinic, Created User, string AccessToken, string RefreshToken, int ExpiresIn);
