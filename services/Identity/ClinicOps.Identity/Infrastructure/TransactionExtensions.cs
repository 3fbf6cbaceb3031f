using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Identity.Infrastructure;

public static class TransactionExtensions
{
    /// <summary>
    /// Runs <paramref name="work"/> in a transaction under the context's execution strategy (the retrying strategy
    /// refuses user-started transactions outside it) and commits when it returns.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken ct) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await transaction.CommitAsync(token);
            return result;
        }, ct);
}
