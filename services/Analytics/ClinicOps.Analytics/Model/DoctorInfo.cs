using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Analytics.Model;

/// <summary>
/// A doctor's name for the per-doctor figures. Doctor events carry no version, so the newest event time wins; a
/// deleted doctor keeps only the id and when it was deleted, so a late older event cannot bring the name back.
/// </summary>
public sealed class DoctorInfo : ITenantOwned
{
    public Guid ClinicId { get; set; }
    public Guid DoctorId { get; private set; }
    public string Name { get; private set; } = "";
    public string? Specialization { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public DateTimeOffset? DeletedAt { get; private set; }

    public static DoctorInfo Create(Guid clinicId, Guid doctorId) =>
        new() { ClinicId = clinicId, DoctorId = doctorId, UpdatedAt = DateTimeOffset.MinValue };

    /// <summary>Takes the name (and the specialization when the event has one) unless newer information is already held.</summary>
    public void Apply(string name, string? specialization, DateTimeOffset occurredAt)
    {
        if (DeletedAt is not null || occurredAt <= UpdatedAt)
        {
            return;
        }

        Name = name;
        Specialization = specialization ?? Specialization;
        UpdatedAt = occurredAt.ToUniversalTime();
    }

    /// <summary>The doctor was deleted (they had no appointments): forgotten, and left out of the per-doctor figures.</summary>
    public void Delete(DateTimeOffset occurredAt)
    {
        Name = "";
        Specialization = null;
        DeletedAt ??= occurredAt.ToUniversalTime();
    }
}
