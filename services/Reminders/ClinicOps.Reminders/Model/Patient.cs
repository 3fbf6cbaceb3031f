using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>
/// Replica of scheduling's patient: whom a reminder goes to and how. Once the patient is deleted or anonymised the row
/// keeps only the id and when it was erased, so an older event of the patient arriving late can never bring the
/// name or contacts back (scheduling gives an erased patient no new details).
/// </summary>
public sealed class Patient : ITenantOwned
{
    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    /// <summary>E.164; null once erased.</summary>
    public string? Phone { get; private set; }
    public string? Email { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }

    public bool IsErased => ErasedAt is not null;

    public static Patient Create(Guid id, string name, string phone, string? email, DateTimeOffset occurredAt)
    {
        var patient = new Patient { Id = id };
        patient.Apply(name, phone, email, occurredAt);
        return patient;
    }

    /// <summary>A patient first heard of through its erasure.</summary>
    public static Patient Erased(Guid id, DateTimeOffset occurredAt)
    {
        var patient = new Patient { Id = id };
        patient.Erase(occurredAt);
        return patient;
    }

    public void ApplyIfNewer(string name, string phone, string? email, DateTimeOffset occurredAt)
    {
        if (!IsErased && occurredAt > UpdatedAt)
        {
            Apply(name, phone, email, occurredAt);
        }
    }

    /// <summary>Forgets the name and contacts for good.</summary>
    public void Erase(DateTimeOffset occurredAt)
    {
        Name = "";
        Phone = null;
        Email = null;
        ErasedAt ??= occurredAt.ToUniversalTime();
        UpdatedAt = occurredAt.ToUniversalTime() > UpdatedAt ? occurredAt.ToUniversalTime() : UpdatedAt;
    }

    private void Apply(string name, string phone, string? email, DateTimeOffset occurredAt)
    {
        Name = name;
        Phone = phone;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        UpdatedAt = occurredAt.ToUniversalTime();
    }
}
