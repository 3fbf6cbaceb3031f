using ClinicOps.Analytics.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Services;

/// <summary>
/// Serialises the read-model updates of one clinic. Every event moves the clinic's counter row, and events of
/// one clinic arrive on many queues at once: a transaction-scoped advisory lock makes each update read the
/// counters and facts the previous one committed (no lost increments, no duplicate inserts), while different
/// clinics proceed in parallel. Released at commit or rollback.
/// </summary>
public static class ClinicLock
{
    public static async Task AcquireAsync(AnalyticsDbContext db, Guid clinicId, CancellationToken ct)
    {
        var key = KeyOf(clinicId);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }

    internal static long KeyOf(Guid clinicId)
    {
        Span<byte> bytes = stackalloc byte[16];
        clinicId.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
