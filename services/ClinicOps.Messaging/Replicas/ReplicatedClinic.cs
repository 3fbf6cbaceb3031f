using ClinicOps.Contracts.Identity;
using ClinicOps.ServiceDefaults.Data;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Messaging;

/// <summary>
/// A service's copy of its clinic (identity owns clinics), kept by <see cref="ClinicReplica{TDbContext,TClinic}"/> from
/// ClinicRegistered and ClinicUpdated. Clinic events carry no version: the newest event time wins, so a late
/// ClinicRegistered cannot undo a ClinicUpdated. Each service's clinic keeps the details it needs (<see cref="Copy"/>).
/// </summary>
public abstract class ReplicatedClinic : ITenantOwned
{
    public Guid ClinicId { get; set; }

    /// <summary>When the details held were true at identity: the OccurredAt of the newest event applied.</summary>
    public DateTimeOffset UpdatedAt { get; private set; }

    /// <summary>Takes <paramref name="clinic"/> when it is newer than what is held; false for an older or repeated one.</summary>
    public bool Apply(ClinicSnapshot clinic)
    {
        var at = StoredTime.Of(clinic.OccurredAt);
        if (at <= UpdatedAt)
        {
            return false;
        }

        Copy(clinic);
        UpdatedAt = at;
        return true;
    }

    /// <summary>Copies the details this service keeps.</summary>
    protected abstract void Copy(ClinicSnapshot clinic);

    /// <summary>Details learnt at <paramref name="at"/> from identity's API rather than an event; the next newer event replaces them.</summary>
    protected void LearntAt(DateTimeOffset at) => UpdatedAt = StoredTime.Of(at);
}
