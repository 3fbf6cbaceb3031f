namespace ClinicOps.AppHost.Infrastructure;

/// <summary>One database of the local PostgreSQL server; its health check creates it when it is missing.</summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent => parent;

    public string DatabaseName => databaseName;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"{Parent};Database={DatabaseName}");
}
