using System.Net.Sockets;
using Npgsql;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ClinicOps.Testing.Servers;

/// <summary>"Ready" means a client can really talk to the server, not just that the process runs or a port is open.</summary>
internal static class Probes
{
    public static async Task<bool> PostgresAcceptsAsync(string connectionString, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand("SELECT 1", connection);
            await command.ExecuteScalarAsync(cancellationToken);
            return true;
        }
        catch (Exception e) when (e is NpgsqlException or SocketException or OperationCanceledException or TimeoutException)
        {
            return false;
        }
    }

    public static async Task<bool> RabbitMqHandshakesAsync(string amqpUri, CancellationToken cancellationToken)
    {
        try
        {
            var factory = new ConnectionFactory
            {
                Uri = new Uri(amqpUri),
                RequestedConnectionTimeout = TimeSpan.FromSeconds(3),
                AutomaticRecoveryEnabled = false,
            };
            await using var connection = await factory.CreateConnectionAsync(cancellationToken);
            return connection.IsOpen;
        }
        catch (Exception e) when (e is BrokerUnreachableException or OperationInterruptedException or SocketException
            or IOException or OperationCanceledException or TimeoutException)
        {
            return false;
        }
    }

    public static async Task<bool> TcpListensAsync(int port, CancellationToken cancellationToken)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync("127.0.0.1", port, cancellationToken);
            return true;
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException)
        {
            return false;
        }
    }
}
