using RabbitMQ.Client;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>An AMQP connection of the AppHost's own to the broker resource, for its health check and its commands.</summary>
public static class BrokerConnection
{
    /// <summary>
    /// Opens a connection named <paramref name="clientName"/> (as the broker's connection list shows it), without
    /// automatic recovery: a caller that loses it reports that, instead of waiting on a reconnect.
    /// </summary>
    public static async Task<IConnection> OpenAsync(IResourceWithConnectionString broker, string clientName, CancellationToken ct)
    {
        var factory = new ConnectionFactory
        {
            Uri = new Uri(await broker.GetConnectionStringAsync(ct)
                ?? throw new InvalidOperationException($"The connection string of '{broker.Name}' is not available yet.")),
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            ClientProvidedName = clientName,
        };
        return await factory.CreateConnectionAsync(ct);
    }
}
