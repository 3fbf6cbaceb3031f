using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;

namespace ClinicOps.Billing.Model;

/// <summary>Billing's replica of a clinic: the currency its payments are recorded in.</summary>
public sealed class Clinic : ReplicatedClinic
{
    /// <summary>ISO 4217, upper case.</summary>
    public string Currency { get; private set; } = "";

    /// <summary>The currency identity's API answered for a clinic whose ClinicRegistered has not arrived yet.</summary>
    public static Clinic FromIdentity(string currency, DateTimeOffset at)
    {
        var clinic = new Clinic { Currency = currency.ToUpperInvariant() };
        clinic.LearntAt(at);
        return clinic;
    }

    protected override void Copy(ClinicSnapshot clinic) => Currency = clinic.Currency.ToUpperInvariant();
}
