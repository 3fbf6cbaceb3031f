using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>
/// Replica of scheduling's doctor: the name a reminder mentions. A deleted doctor's row keeps only the id and when it
/// was erased, so an older event of the doctor arriving late cannot bring the name back.
/// </summary>
public sealed class Doctor : ITenantOwned
{
    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? ErasedAt { get; private set; }

    public static Doctor Create(Guid id, string name, DateTimeOffset occurredAt)
    {
        var doctor = new Doctor { Id = id };
        doctor.Apply(name, occurredAt);
        return doctor;
    }

    /// <summary>A doctor first heard of through its deletion.</summary>
    public static Doctor Erased(Guid id, DateTimeOffset occurredAt)
    {
        var doctor = new Doctor { Id = id };
        doctor.Erase(occurredAt);
        return doctor;
    }

    public void ApplyIfNewer(string name, DateTimeOffset occurredAt)
    {
        if (ErasedAt is null && occurredAt > UpdatedAt)
        {
            Apply(name, occurredAt);
        }
    }

    /// <summary>Forgets the name for good.</summary>
    public void Erase(DateTimeOffset occurredAt)
    {
        Name = "";
        ErasedAt ??= occurredAt.ToUniversalTime();
        UpdatedAt = occurredAt.ToUniversalTime() > UpdatedAt ? occurredAt.ToUniversalTime() : UpdatedAt;
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
