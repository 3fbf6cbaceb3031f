using Npgsql;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// Reads a service's outbox table (ClinicOps.Messaging's <c>outbox_messages</c>) straight from its database — only to
/// prove the state a fault left behind, e.g. that an event was committed but not yet published.
/// </summary>
public static class Outbox
{
    /// <summary>How many of the clinic's events the service has committed but not yet published.</summary>
    public static async Task<long> UnsentAsync(string databaseConnectionString, Guid clinicId) =>
        await ScalarAsync<long>(databaseConnectionString,
            "SELECT count(*) FROM outbox_messages WHERE clinic_id = @clinic AND sent_at IS NULL", ("clinic", clinicId));

    /// <summary>Whether the service has published the event of <paramref name="type"/> (full CLR name) that mentions <paramref name="entityId"/>; null when it has no such event.</summary>
    public static async Task<bool?> SentAsync(string databaseConnectionString, string type, string idProperty, Guid entityId)
    {
        await using var connection = new NpgsqlConnection(databaseConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT sent_at IS NOT NULL FROM outbox_messages WHERE type = @type AND payload ->> @property = @id", connection);
        command.Parameters.AddWithValue("type", type);
        command.Parameters.AddWithValue("property", idProperty);
        command.Parameters.AddWithValue("id", entityId.ToString());
        return await command.ExecuteScalarAsync() is bool sent ? sent : null;
    }

    private static async Task<T> ScalarAsync<T>(string connectionString, string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        return (T)(await command.ExecuteScalarAsync())!;
    }
}
