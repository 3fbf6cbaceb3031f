using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClinicOps.Billing.Infrastructure;

internal static class DbUpdateExceptionExtensions
{
    /// <summary>True when the save failed because a row with the same <paramref name="constraint"/> value exists (23505).</summary>
    public static bool IsUniqueViolation(this DbUpdateException e, string constraint) =>
        e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } pg && pg.ConstraintName == constraint;
}
