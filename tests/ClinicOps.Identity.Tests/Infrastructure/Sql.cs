using Npgsql;

namespace ClinicOps.Identity.Tests.Infrastructure;

/// <summary>Direct SQL on the service's database, to arrange states HTTP cannot reach quickly and to read the outbox.</summary>
public static class Sql
{
    public static async Task<int> ExecuteAsync(this IdentityFactory factory, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        return await command.ExecuteNonQueryAsync();
    }

    public static async Task<List<T>> QueryAsync<T>(this IdentityFactory factory, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(factory.DatabaseConnectionString);
        await connection.OpenAsync();
        await using var command = Command(connection, sql, parameters);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<T>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetFieldValue<T>(0));
        }

        return rows;
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, object[] parameters)
    {
        var command = new NpgsqlCommand(sql, connection);
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = parameter });
        }

        return command;
    }
}
