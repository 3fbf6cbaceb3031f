namespace ClinicOps.Testing.Servers;

/// <summary>One real server for tests (a local binary or a container) that can be stopped and started on the same port.</summary>
internal interface ITestServer : IAsyncDisposable
{
    /// <summary>Connection string for an administrative client (PostgreSQL: the "postgres" database; RabbitMQ: an amqp:// URI).</summary>
    string ConnectionString { get; }

    Task StartAsync(CancellationToken cancellationToken);

    Task StopAsync();
}
