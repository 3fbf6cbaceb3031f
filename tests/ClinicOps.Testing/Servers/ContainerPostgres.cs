using Testcontainers.PostgreSql;

namespace ClinicOps.Testing.Servers;

/// <summary>
/// PostgreSQL 15 in a container (used when a Docker engine answers). The host port is fixed up front so a
/// stop/start keeps it, exactly like the local server.
/// </summary>
internal sealed class ContainerPostgres : ITestServer
{
    private readonly int _port = FreePort.Next();
    private readonly PostgreSqlContainer _container;

    private ContainerPostgres() =>
        _container = new PostgreSqlBuilder("postgres:15-alpine")
            .WithUsername("postgres")
            .WithPassword("postgres")
            .WithPortBinding(_port, PostgreSqlBuilder.PostgreSqlPort)
            .WithCommand("-c", "fsync=off", "-c", "max_connections=300")
            .Build();

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Password=postgres;Database=postgres;Pooling=false";

    public static async Task<ContainerPostgres> StartNewAsync(CancellationToken cancellationToken)
    {
        var server = new ContainerPostgres();
        await server.StartAsync(cancellationToken);
        return server;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _container.StartAsync(cancellationToken);
        await Readiness.WaitAsync(null, $"PostgreSQL container on port {_port}", TimeSpan.FromSeconds(60),
            ct => Probes.PostgresAcceptsAsync(ConnectionString, ct), cancellationToken);
    }

    public Task StopAsync() => _container.StopAsync();

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
