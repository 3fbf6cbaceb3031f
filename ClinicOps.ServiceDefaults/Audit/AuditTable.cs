namespace ClinicOps.ServiceDefaults.Audit;

/// <summary>
/// The audit trail's table, audit.entries, kept out of EF migrations: migrations run as the service's own role, and a
/// table that role created would be its own to update, delete or drop. Where the services connect as their own role,
/// the AppHost creates the table as the superuser before the service starts, in a schema the role does not own (a
/// schema's owner may drop any table in it), and grants the role SELECT and INSERT alone (<see cref="LockDown"/>).
/// Where the service connects as the superuser (tests, Aspire's PostgreSQL container) it creates the table itself
/// when it is missing (<see cref="CreateIfMissing"/>).
/// </summary>
public static class AuditTable
{
    public const string Schema = "audit";
    public const string Name = "entries";

    /// <summary>Creates the schema and table when the table is missing; changes nothing when it exists.</summary>
    public const string CreateIfMissing =
        """
        DO $$ BEGIN
            IF to_regclass('audit.entries') IS NULL THEN
                CREATE SCHEMA IF NOT EXISTS audit;
                CREATE TABLE audit.entries (
                    id uuid NOT NULL CONSTRAINT pk_audit_entries PRIMARY KEY,
                    clinic_id uuid NOT NULL,
                    at timestamp with time zone NOT NULL,
                    user_id uuid NOT NULL,
                    user_name text NULL,
                    role text NOT NULL,
                    action text NOT NULL,
                    entity_type text NOT NULL,
                    entity_id text NOT NULL,
                    fields text[] NOT NULL,
                    request_id text NOT NULL);
                CREATE INDEX ix_audit_entries_clinic_id_at ON audit.entries (clinic_id, at DESC, id DESC);
            END IF;
        END $$;
        """;

    /// <summary>
    /// Run as the superuser after <see cref="CreateIfMissing"/>: schema and table belong to the superuser, and
    /// <paramref name="quotedRole"/> (an SQL identifier, already quoted) may only read and add entries.
    /// </summary>
    public static string LockDown(string quotedRole) =>
        $"""
        ALTER SCHEMA audit OWNER TO CURRENT_USER;
        ALTER TABLE audit.entries OWNER TO CURRENT_USER;
        REVOKE ALL ON SCHEMA audit FROM PUBLIC, {quotedRole};
        GRANT USAGE ON SCHEMA audit TO {quotedRole};
        REVOKE ALL ON audit.entries FROM PUBLIC, {quotedRole};
        GRANT SELECT, INSERT ON audit.entries TO {quotedRole};
        """;
}
