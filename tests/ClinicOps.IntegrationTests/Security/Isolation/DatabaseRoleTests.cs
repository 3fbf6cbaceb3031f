using ClinicOps.IntegrationTests.Infrastructure;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using Npgsql;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>
/// Least privilege in the database: each service connects as its own login role, which owns its database and nothing
/// else. A flaw in one service (an injection, a stolen connection string) cannot read or change another service's data.
/// </summary>
public sealed class DatabaseRoleTests(WholeAppFixture app, ITestOutputHelper output) : WholeAppTest(app, output)
{
    private static readonly string[] Services = ["identity", "scheduling", "billing", "reminders", "analytics"];

    [Fact]
    public async Task Schedulings_credentials_cannot_open_billings_database()
    {
        var scheduling = new NpgsqlConnectionStringBuilder(await App.ConnectionStringAsync("scheduling-db")) { Pooling = false };
        var intoBilling = new NpgsqlConnectionStringBuilder(scheduling.ConnectionString) { Database = "billing" };

        await using var connection = new NpgsqlConnection(intoBilling.ConnectionString);
        var refused = await Assert.ThrowsAsync<PostgresException>(() => connection.OpenAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, refused.SqlState);
    }

    [Fact]
    public async Task Every_service_connects_as_its_own_role_that_owns_its_database_and_has_no_special_rights()
    {
        foreach (var service in Services)
        {
            var settings = new NpgsqlConnectionStringBuilder(await App.ConnectionStringAsync($"{service}-db")) { Pooling = false };
            await using var connection = new NpgsqlConnection(settings.ConnectionString);
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                """
                SELECT current_user, r.rolsuper, r.rolcreatedb, r.rolcreaterole, pg_get_userbyid(d.datdba),
                       (SELECT count(*) FROM pg_tables t WHERE t.schemaname = 'public' AND t.tableowner <> current_user)
                FROM pg_roles r, pg_database d WHERE r.rolname = current_user AND d.datname = current_database()
                """, connection);
            await using var reader = await command.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            var role = $"{service}_service";
            Assert.Equal(role, reader.GetString(0));
            Assert.False(reader.GetBoolean(1), $"{role} is a superuser");
            Assert.False(reader.GetBoolean(2), $"{role} may create databases");
            Assert.False(reader.GetBoolean(3), $"{role} may create roles");
            Assert.Equal(role, reader.GetString(4));
            Assert.Equal(0, reader.GetInt64(5));
        }
    }
}
