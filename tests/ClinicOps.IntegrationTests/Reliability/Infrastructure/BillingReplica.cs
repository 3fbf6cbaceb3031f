using Npgsql;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// Billing's replica of appointments, read straight from its database: the version of the last appointment event it
/// applied (0 when it only asked scheduling over HTTP, before any event arrived).
/// </summary>
public static class BillingReplica
{
    public static async Task<int?> AppointmentVersionAsync(string billingConnectionString, Guid appointmentId)
    {
        await using var connection = new NpgsqlConnection(billingConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT version FROM appointments WHERE id = @id", connection);
        command.Parameters.AddWithValue("id", appointmentId);
        return await command.ExecuteScalarAsync() is int version ? version : null;
    }
}
