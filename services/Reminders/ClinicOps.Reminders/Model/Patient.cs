using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>Replica of scheduling's patient: whom a reminder goes to and how.</summary>
public sealed class Patient : ITenantOwned
{
    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    /// <summary>E.164.</summary>
    public string Phone { get; private set; } = "";
    public string? Email { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Patient Create(Guid id, string name, string phone, string? email, DateTimeOffset occurredAt)
    {
        var patient = new Patient { Id = id };
        patient.Apply(name, phone, email, occurredAt);
        return patient;
    }

    public void ApplyIfNewer(string name, string phone, string? email, DateTimeOffset occurredAt)
    {
        if (occurredAt > UpdatedAt)
        {
            Apply(name, phone, email, occurredAt);
        }
    }

    private void Apply(string name, string phone, string? email, DateTimeOffset occurredAt)
    {
        Name = name;
        Phone = phone;
        Email = string.IsNullOrWhiteSpace(email) ? null : email.Trim();
        UpdatedAt = occurredAt.ToUniversalTime();
    }
}
