using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>Replica of scheduling's doctor: the name a reminder mentions.</summary>
public sealed class Doctor : ITenantOwned
{
    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }

    public static Doctor Create(Guid id, string name, DateTimeOffset occurredAt)
    {
        var doctor = new Doctor { Id = id };
        doctor.Apply(name, occurredAt);
        return doctor;
    }

    public void ApplyIfNewer(string name, DateTimeOffset occurredAt)
    {
        if (occurredAt > UpdatedAt)
        {
            Apply(name, occurredAt);
        }
    }

    /// <summary>"Dr Ada Lovelace" — unless the name already carries the title.</summary>
    public string DisplayName =>
        Name.StartsWith("Dr ", StringComparison.OrdinalIgnoreCase) || Name.StartsWith("Dr.", StringComparison.OrdinalIgnoreCase)
            ? Name
            : $"Dr {Name}";

    private void Apply(string name, DateTimeOffset occurredAt)
    {
        Name = name;
        UpdatedAt = occurredAt.ToUniversalTime();
    }
}
