using ClinicOps.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ClinicOps.Messaging.Tests.Infrastructure;

/// <summary>Looks at the broker directly, as an operator would.</summary>
public static class BrokerQueues
{
    /// <summary>Messages ready in <paramref name="queue"/>; 0 while it does not exist.</summary>
    public static async Task<uint> MessageCountAsync(string queue)
    {
        var servers = await TestServers.GetAsync();
        var factory = new ConnectionFactory { Uri = new Uri(servers.RabbitMqConnectionString) };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount;
        }
        catch (OperationInterruptedException)
        {
            return 0;
        }
    }
}
