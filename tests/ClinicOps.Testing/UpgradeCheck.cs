using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;

namespace ClinicOps.Testing;

/// <summary>
/// What a migration makes of the rows an older version left: on a fresh database, applies a service's migrations up
/// to <c>before</c>, writes rows as that version's schema holds them, applies the rest, and reads them back.
/// </summary>
public static class UpgradeCheck
{
    public static async Task<IReadOnlyList<object[]>> RowsAfterUpgradeAsync(DbContext db, string before, string insertSql, string selectSql)
    {
        var migrator = db.GetService<IMigrator>();
        await migrator.MigrateAsync(before);
        await db.Database.ExecuteSqlRawAsync(insertSql);
        await migrator.MigrateAsync();

        await using var connection = new NpgsqlConnection(db.Database.GetConnectionString());
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(selectSql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }

        return rows;
    }
}
