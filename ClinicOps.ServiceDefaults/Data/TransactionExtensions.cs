using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Data;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction under the context's execution strategy and commits when it
    /// returns. The retrying strategy refuses a transaction begun outside it, and on a transient error it runs the
    /// whole of <paramref name="work"/> again: work that builds its changes from what it reads starts with
    /// <c>db.ChangeTracker.Clear()</c>, work that saves changes made before it does not.
    /// SaveChanges inside it sets no savepoint: a failed save fails the whole transaction (nothing in it catches a failed
    /// save and goes on), so EF's savepoint and its release were two round trips per save for nothing.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async attemptCt =>
        {
            db.Database.AutoSavepointsEnabled = false;
            await using var transaction = await db.Database.BeginTransactionAsync(attemptCt);
            var result = await work(attemptCt);
            await transaction.CommitAsync(attemptCt);
            return result;
        }, ct);

    /// <inheritdoc cref="InTransactionAsync{T}"/>
    public static Task InTransactionAsync(this DbContext db, Func<CancellationToken, Task> work, CancellationToken ct) =>
        db.InTransactionAsync(async attemptCt =>
        {
            await work(attemptCt);
            return true;
        }, ct);
}
