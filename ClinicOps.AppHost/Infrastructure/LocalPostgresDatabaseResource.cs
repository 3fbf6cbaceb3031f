namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// One database of the local PostgreSQL server and the login role its service connects as: the role owns this database
/// and nothing else, and cannot open another service's database (least privilege: a flaw in one service cannot read or
/// change another's data). Its health check creates both when missing (<see cref="DatabaseProvisioning"/>).
/// </summary>
public sealed class LocalPostgresDatabaseResource(string name, string databaseName, LocalPostgresResource parent, string rolePassword)
    : Resource(name), IResourceWithParent<LocalPostgresResource>, IResourceWithConnectionString
{
    public LocalPostgresResource Parent => parent;

    public string DatabaseName => databaseName;

    /// <summary>The service's login role, e.g. <c>scheduling_service</c>.</summary>
    public string Role => $"{databaseName}_service";

    public string RolePassword => rolePassword;

    public ReferenceExpression ConnectionStringExpression => ReferenceExpression.Create(
        $"Host=127.0.0.1;Port={Parent.PrimaryEndpoint.Property(EndpointProperty.Port)};Username={Role};Password={RolePassword};Database={DatabaseName}");
}
