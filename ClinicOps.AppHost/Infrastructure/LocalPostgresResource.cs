namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// The machine's own PostgreSQL server, run in the foreground as an Aspire executable (so the orchestrator owns
/// and stops it). Its connection string names no database; <see cref="LocalPostgresDatabaseResource"/> children do.
/// </summary>
public sealed class LocalPostgresResource(string name, string command, string dataDirectory, string password)
    : ExecutableResource(name, command, Path.GetDirectoryName(dataDirectory)!), IResourceWithConnectionString
{
    public const string EndpointName = "tcp";

    /// <summary>PGDATA: the cluster folder, owned by the postgres user.</summary>
    public string DataDirectory => dataDirectory;

    /// <summary>The password of the <c>postgres</c> superuser, set by initdb on first run.</summary>
    public string Password => password;

    public EndpointReference PrimaryEndpoint => field ??= new(this, EndpointName);

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={PrimaryEndpoint.Property(EndpointProperty.Port)};Username=postgres;Password={Password}");
}
