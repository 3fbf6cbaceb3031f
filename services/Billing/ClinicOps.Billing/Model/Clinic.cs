using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.Model;

/// <summary>Billing's replica of a clinic: the currency its payments are recorded in.</summary>
public sealed class Clinic : ITenantOwned
{
    public Guid ClinicId { get; set; }
    /// <summary>ISO 4217, upper case.</summary>
    public string Currency { get; private set; } = "";
    /// <summary>When the state held was true at identity; an older event does not overwrite a newer state.</summary>
    public DateTimeOffset AsOf { get; private set; }

    private Clinic()
    {
    }

    public Clinic(string currency, DateTimeOffset asOf)
    {
        Currency = currency.ToUpperInvariant();
        AsOf = asOf.ToUniversalTime();
    }

    public bool Apply(string currency, DateTimeOffset asOf)
    {
        if (asOf <= AsOf)
        {
            return false;
        }

        Currency = currency.ToUpperInvariant();
        AsOf = asOf.ToUniversalTime();
        return true;
    }
}
