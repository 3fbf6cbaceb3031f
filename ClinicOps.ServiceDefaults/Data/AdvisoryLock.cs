using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace ClinicOps.ServiceDefaults.Data;

/// <summary>
/// A PostgreSQL advisory lock named by a Guid, held until the current transaction ends (commit or rollback):
/// serialises the writers of one thing (a clinic's read model, a doctor's schedule) while others go on in parallel.
/// </summary>
public static class AdvisoryLock
{
    /// <summary>
    /// The locks each open transaction holds: asking again for one of them costs no round trip. Keyed by EF's transaction,
    /// which is new for every transaction (Npgsql reuses its own transaction objects on a pooled connection).
    /// </summary>
    private static readonly ConditionalWeakTable<IDbContextTransaction, HashSet<long>> Held = [];

    /// <summary>Waits for the lock; call inside a transaction.</summary>
    public static async Task AcquireForTransactionAsync(DbContext db, Guid name, CancellationToken ct)
    {
        var key = KeyOf(name);
        var held = db.Database.CurrentTransaction is { } transaction ? Held.GetOrCreateValue(transaction) : null;
        if (held?.Contains(key) == true)
        {
            return;
        }

        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({key})", ct);
        held?.Add(key);
    }

    /// <summary>The lock's 64-bit key: the Guid's two halves folded together.</summary>
    private static long KeyOf(Guid name)
    {
        Span<byte> bytes = stackalloc byte[16];
        name.TryWriteBytes(bytes);
        return BitConverter.ToInt64(bytes[..8]) ^ BitConverter.ToInt64(bytes[8..]);
    }
}
