using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Data;

/// <summary>
/// A PostgreSQL advisory lock named by a Guid, held until the current transaction ends (commit or rollback):
/// serialises the writers of one thing (a clinic's read model, a doctor's schedule) while others go on in parallel.
/// </summary>
public static class AdvisoryLock
{
    /// <summary>Waits for the lock; call inside a transaction.</summary>
    public static async Task AcquireForTransactionAsync(DbContext db, Guid name, CancellationToken ct)
    {
        var key = KeyOf(name);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
    }

    /// <summary>The lock's 64-bit key: the Guid's two halves folded together.</summary>
    private static long KeyOf(Guid name)
    {
        Span<byte> bytes = stackalloc byte[16];
        name.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
