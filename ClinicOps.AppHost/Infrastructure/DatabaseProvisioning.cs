using ClinicOps.ServiceDefaults.Audit;
using Npgsql;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Makes a service's database and login role what they must be, as the superuser, once per run of the AppHost: the
/// role exists with the data folder's password and no special rights; the database exists, is owned by the role and
/// cannot be opened by anyone else (superusers aside); and every table, view and sequence in it belongs to the role
/// — a database from before the roles, or one restored from a backup, is brought into line the same way — except the
/// audit trail's table, which the superuser keeps and the role may only read and add to (<see cref="AuditTable"/>). Idempotent,
/// so a restart or a parallel check does no harm.
/// </summary>
public sealed class DatabaseProvisioning(LocalPostgresDatabaseResource database)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private bool _done;

    public async Task EnsureAsync(CancellationToken cancellationToken)
    {
        if (_done)
        {
            return;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (!_done)
            {
                await ProvisionAsync(cancellationToken);
                _done = true;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task ProvisionAsync(CancellationToken cancellationToken)
    {
        IResourceWithConnectionString superuser = database.Parent;
        var server = new NpgsqlConnectionStringBuilder(await superuser.GetConnectionStringAsync(cancellationToken))
        {
            Database = "postgres",
            Pooling = false, // an idle pooled connection held by the AppHost would make PostgreSQL's shutdown wait for it
            Timeout = 5,
        };
        var (role, name) = (Identifier(database.Role), Identifier(database.DatabaseName));
        await ExecuteAsync(server.ConnectionString,
            $"""
            DO $$ BEGIN
                IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = {Literal(database.Role)}) THEN CREATE ROLE {role}; END IF;
            END $$;
            ALTER ROLE {role} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD {Literal(database.RolePassword)};
            """, cancellationToken);
        try
        {
            await ExecuteAsync(server.ConnectionString, $"CREATE DATABASE {name} OWNER {role}", cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Already there (an earlier run, or a parallel check): its owner is set below.
        }

        // The role owns its database, and an owner may drop it from a connection to another database: the cluster's own
        // databases are closed to it as well, so it cannot take the audit trail away with the whole database.
        await ExecuteAsync(server.ConnectionString,
            $"""
            ALTER DATABASE {name} OWNER TO {role}; REVOKE ALL ON DATABASE {name} FROM PUBLIC;
            REVOKE CONNECT, TEMPORARY ON DATABASE postgres, template1 FROM PUBLIC;
            """, cancellationToken);
        var inDatabase = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database.DatabaseName };
        // Sequences that belong to a table column follow their table; the others are handed over on their own.
        await ExecuteAsync(inDatabase.ConnectionString,
            $"""
            DO $$
            DECLARE item record;
            BEGIN
                FOR item IN
                    SELECT c.oid::regclass AS relation FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
                      AND pg_get_userbyid(c.relowner) <> {Literal(database.Role)}
                      AND NOT (c.relkind = 'S' AND EXISTS (SELECT FROM pg_depend d WHERE d.objid = c.oid AND d.deptype IN ('a', 'i')))
                LOOP
                    EXECUTE format('ALTER TABLE %s OWNER TO %I', item.relation, {Literal(database.Role)});
                END LOOP;
            END $$;
            """, cancellationToken);
        // The audit trail lives outside public and is not the role's: it may read and add entries, never change or delete them.
        await ExecuteAsync(inDatabase.ConnectionString, AuditTable.CreateIfMissing + AuditTable.LockDown(role), cancellationToken);
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static string Identifier(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static string Literal(string value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'";
}
