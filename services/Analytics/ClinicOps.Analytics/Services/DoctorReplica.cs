using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Analytics.Services;

/// <summary>Keeps doctors' names for the per-doctor figures (newest event time wins) and forgets deleted doctors.</summary>
public sealed class DoctorReplica(ReadModelStore store)
{
    public async Task ApplyAsync(DoctorSnapshot snapshot, CancellationToken ct)
    {
        var doctor = await store.DoctorAsync(snapshot.ClinicId, snapshot.DoctorId, ct);
        doctor.Apply(snapshot.Name, snapshot.Specialization, snapshot.OccurredAt);
    }

    public async Task ApplyAsync(DoctorDeleted deleted, CancellationToken ct)
    {
        var doctor = await store.DoctorAsync(deleted.ClinicId, deleted.DoctorId, ct);
        doctor.Delete(deleted.OccurredAt);
    }
}
