namespace ClinicOps.Web.Auth;

/// <summary>The answer of sign-up, login and refresh: who signed in, their clinic, and the token pair.</summary>
public sealed record AuthSession(SessionClinic Clinic, SessionUser User, string AccessToken, string RefreshToken, int ExpiresIn);
