using RabbitMQ.Client;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>Plain AMQP connections to the app's broker (RabbitMQ.Client), without automatic recovery.</summary>
public static class Amqp
{
    public static Task<IConnection> ConnectAsync(string connectionString, CancellationToken cancellationToken = default) =>
        new ConnectionFactory
        {
            Uri = new Uri(connectionString),
            AutomaticRecoveryEnabled = false,
            RequestedConnectionTimeout = TimeSpan.FromSeconds(5),
            ClientProvidedName = "clinicops-reliability-tests",
        }.CreateConnectionAsync(cancellationToken);

    /// <summary>True when a full AMQP handshake with the broker at <paramref name="connectionString"/> succeeds.</summary>
    public static async Task<bool> AnswersAsync(string connectionString)
    {
        try
        {
            await using var connection = await ConnectAsync(connectionString);
            return connection.IsOpen;
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or OperationCanceledException or IOException
            or System.Net.Sockets.SocketException or TimeoutException)
        {
            return false;
        }
    }
}
