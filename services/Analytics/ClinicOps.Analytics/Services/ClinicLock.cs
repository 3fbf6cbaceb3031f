using ClinicOps.Analytics.Infrastructure;
using ClinicOps.ServiceDefaults.Data;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Serialises the read-model updates of one clinic. Every event moves the clinic's counter row, and events of
/// one clinic arrive on many queues at once: a transaction-scoped advisory lock makes each update read the
/// counters and facts the previous one committed (no lost increments, no duplicate inserts), while different
/// clinics proceed in parallel. Released at commit or rollback.
/// </summary>
public static class ClinicLock
{
    public static Task AcquireAsync(AnalyticsDbContext db, Guid clinicId, CancellationToken ct) =>
        AdvisoryLock.AcquireForTransactionAsync(db, clinicId, ct);
}
