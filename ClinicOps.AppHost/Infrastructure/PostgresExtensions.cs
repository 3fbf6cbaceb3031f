using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.AppHost.Infrastructure;

public static class PostgresExtensions
{
    /// <summary>
    /// Set to true (tests only) to run PostgreSQL without crash safety: a power cut may lose or corrupt recent writes,
    /// in exchange for much less disk work. A clinic's bookings and payments run on the durable defaults.
    /// </summary>
    public const string NonDurableKey = "ClinicOps:Postgres:NonDurable";

    public static readonly string[] NonDurableSettings = ["-c", "fsync=off", "-c", "synchronous_commit=off", "-c", "full_page_writes=off"];

    /// <summary>
    /// PostgreSQL: Aspire's container where a container engine answers, otherwise the machine's own server as an
    /// executable resource. The superuser password is created once and kept in the app's data folder, so the
    /// persisted cluster opens on every run.
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddClinicPostgres(this IDistributedApplicationBuilder builder, string name = "postgres")
    {
        var dataRoot = builder.GetAppDataDirectory();
        var password = SecretFile.ReadOrCreate(Path.Combine(dataRoot, DataFolder.PostgresPassword));
        if (builder.IsContainerRuntimeAvailable())
        {
            var passwordParameter = builder.AddParameter($"{name}-password", password, secret: true);
            return builder.AddPostgres(name, password: passwordParameter)
                .WithDataBindMount(Path.Combine(dataRoot, $"{name}-container"));
        }

        var cluster = new PostgresCluster(LocalBinaries.PostgresBinDirectory(), Path.Combine(dataRoot, DataFolder.PostgresCluster), password);
        return builder.AddLocalPostgres(name, cluster);
    }

    /// <summary>
    /// The database <paramref name="databaseName"/> on the server from <see cref="AddClinicPostgres"/>, created when
    /// missing; on the machine's own server the service connects as a login role that owns only this database. Its resource is named "&lt;database&gt;-db" (resource names are unique and the service takes the
    /// plain name); reference it with the connection name the service reads (ConnectionStrings:&lt;database&gt;).
    /// </summary>
    public static IResourceBuilder<IResourceWithConnectionString> AddClinicDatabase(this IResourceBuilder<IResourceWithConnectionString> server, string databaseName)
    {
        var name = $"{databaseName}-db";
        return server.Resource switch
        {
            PostgresServerResource container => server.ApplicationBuilder.CreateResourceBuilder(container).AddDatabase(name, databaseName),
            LocalPostgresResource local => server.ApplicationBuilder.AddLocalPostgresDatabase(local, name, databaseName),
            _ => throw new ArgumentException($"'{server.Resource.Name}' is not a PostgreSQL server.", nameof(server)),
        };
    }

    private static IResourceBuilder<LocalPostgresResource> AddLocalPostgres(this IDistributedApplicationBuilder builder, string name, PostgresCluster cluster)
    {
        var (command, arguments) = cluster.Invocation("postgres");
        arguments.AddRange([
            "-D", cluster.DataDirectory,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "unix_socket_directories=", // TCP only: no socket file to clash with a system cluster
            "-c", "max_connections=200",
        ]);
        if (builder.Configuration.GetValue<bool>(NonDurableKey))
        {
            arguments.AddRange(NonDurableSettings);
        }

        var server = new LocalPostgresResource(name, command, cluster.DataDirectory, cluster.Password);
        var healthCheckKey = builder.AddResourceHealthCheck($"{name}_check", () => new PostgresHealthCheck(server));

        return builder.AddResource(server)
            .WithArgs(arguments.ToArray())
            // postgres reads its port from PGPORT; the AppHost picks a free one and no proxy sits in between.
            .WithEndpoint(name: LocalPostgresResource.EndpointName, scheme: "tcp", env: "PGPORT", isProxied: false)
            .WithIconName("DatabaseMultiple")
            .WithHealthCheck(healthCheckKey)
            .OnBeforeResourceStarted((resource, e, ct) =>
                cluster.EnsureInitializedAsync(e.Services.GetRequiredService<ResourceLoggerService>().GetLogger(resource), ct))
            .ExcludeFromManifest();
    }

    private static IResourceBuilder<LocalPostgresDatabaseResource> AddLocalPostgresDatabase(this IDistributedApplicationBuilder builder,
        LocalPostgresResource server, string name, string databaseName)
    {
        var rolePassword = SecretFile.ReadOrCreate(Path.Combine(builder.GetAppDataDirectory(), DataFolder.DatabaseRolePassword(databaseName)));
        var database = new LocalPostgresDatabaseResource(name, databaseName, server, rolePassword);
        var provisioning = new DatabaseProvisioning(database);
        var healthCheckKey = builder.AddResourceHealthCheck($"{name}_check", () => new PostgresHealthCheck(database, provisioning));
        return builder.AddResource(database)
            .WithParentState()
            .WithIconName("Database")
            .WithHealthCheck(healthCheckKey)
            .ExcludeFromManifest();
    }
}
