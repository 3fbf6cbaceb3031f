namespace ClinicOps.Identity.Dtos;

/// <summary>Answer of sign-up, login and refresh. <see cref="ExpiresIn"/> is the access token's lifetime in seconds.</summary>
public sealed record AuthResponse(ClinicResponse Clinic, UserResponse User, string AccessToken, string RefreshToken, int ExpiresIn)
{
    public string TokenType => "Bearer";
}
