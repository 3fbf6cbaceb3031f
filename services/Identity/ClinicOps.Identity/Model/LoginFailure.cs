namespace ClinicOps.Identity.Model;

/// <summary>
/// A failed login for an email (whether or not an account has it). Kept in PostgreSQL so the lockout holds across
/// replicas of the service.
/// </summary>
public sealed class LoginFailure
{
    public long Id { get; private set; }
    /// <summary>Normalised: trimmed and lower-cased.</summary>
    public string Email { get; private set; } = "";
    public DateTimeOffset OccurredAt { get; private set; }

    private LoginFailure()
    {
    }

    public LoginFailure(string email, DateTimeOffset occurredAt)
    {
        Email = email;
        OccurredAt = occurredAt;
    }
}
