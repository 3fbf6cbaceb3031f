using System.Diagnostics.Metrics;

namespace ClinicOps.Identity.Services;

/// <summary>
/// Sign-ins and lockouts, for the ops team (Meter "ClinicOps.Identity", exported by the service defaults): a rise in
/// failures or lockouts is someone guessing passwords. No tag names a clinic, a user or an email.
/// </summary>
public sealed class IdentityMetrics
{
    public const string MeterName = "ClinicOps.Identity";

    private readonly Counter<long> _signIns;
    private readonly Counter<long> _lockouts;

    public IdentityMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _signIns = meter.CreateCounter<long>("clinicops.sign_ins", "{sign-in}",
            "Sign-ins with email and password, tagged outcome = succeeded or failed (wrong email or password).");
        _lockouts = meter.CreateCounter<long>("clinicops.sign_ins.locked_out", "{sign-in}",
            "Sign-ins refused without checking the password because the email is locked out after too many failures.");
    }

    public void SignedIn() => _signIns.Add(1, new KeyValuePair<string, object?>("outcome", "succeeded"));

    public void SignInFailed() => _signIns.Add(1, new KeyValuePair<string, object?>("outcome", "failed"));

    public void LockedOut() => _lockouts.Add(1);
}
