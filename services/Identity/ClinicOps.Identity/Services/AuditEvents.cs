namespace ClinicOps.Identity.Services;

/// <summary>Names of the security events identity logs (the {Event} of every audit line).</summary>
public static class AuditEvents
{
    public const string ClinicSignedUp = "clinic.signed_up";
    public const string ClinicUpdated = "clinic.updated";
    public const string LoginSucceeded = "login.succeeded";
    public const string LoginFailed = "login.failed";
    public const string LoginLockedOut = "login.locked_out";
    public const string TokenRefreshed = "token.refreshed";
    public const string RefreshTokenReused = "token.reuse_detected";
    public const string LoggedOut = "logout";
    public const string LoggedOutEverywhere = "logout.everywhere";
    public const string PasswordChanged = "password.changed";
    public const string PasswordChangeRefused = "password.change_refused";
    public const string UserCreated = "user.created";
    public const string UserUpdated = "user.updated";
    public const string UserDeleted = "user.deleted";
}
