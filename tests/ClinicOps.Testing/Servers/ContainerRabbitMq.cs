using Testcontainers.RabbitMq;

namespace ClinicOps.Testing.Servers;

/// <summary>RabbitMQ 3.10 in a container (used when a Docker engine answers), on a fixed host port that survives stop/start.</summary>
internal sealed class ContainerRabbitMq : ITestServer
{
    private const string User = "clinicops";
    private readonly int _port = FreePort.Next();
    private readonly RabbitMqContainer _container;

    private ContainerRabbitMq() =>
        _container = new RabbitMqBuilder("rabbitmq:3.10-alpine")
            .WithUsername(User)
            .WithPassword(User)
            .WithPortBinding(_port, RabbitMqBuilder.RabbitMqPort)
            .Build();

    public string ConnectionString => $"amqp://{User}:{User}@127.0.0.1:{_port}/";

    public static async Task<ContainerRabbitMq> StartNewAsync(CancellationToken cancellationToken)
    {
        var server = new ContainerRabbitMq();
        await server.StartAsync(cancellationToken);
        return server;
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await _container.StartAsync(cancellationToken);
        await Readiness.WaitAsync(null, $"RabbitMQ container on port {_port}", TimeSpan.FromSeconds(90),
            ct => Probes.RabbitMqHandshakesAsync(ConnectionString, ct), cancellationToken);
    }

    public Task StopAsync() => _container.StopAsync();

    public ValueTask DisposeAsync() => _container.DisposeAsync();
}
