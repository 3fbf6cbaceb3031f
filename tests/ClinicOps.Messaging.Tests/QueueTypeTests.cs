using ClinicOps.Messaging.Tests.Infrastructure;
using ClinicOps.Testing;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace ClinicOps.Messaging.Tests;

/// <summary>
/// Past one broker, a service's queues are quorum queues (<c>Messaging:QuorumQueues</c>), replicated across the
/// cluster's nodes; on one node they stay classic. The broker keeps a queue's type and refuses a declaration of the
/// other type, which is how the tests read it.
/// </summary>
[Collection(NoteWrittenCollection.Name)]
public sealed class QueueTypeTests
{
    [Fact]
    public async Task By_default_the_services_queues_are_classic()
    {
        var servers = await TestServers.GetAsync();
        await using var host = await MessagingHost.StartAsync(servers);

        Assert.Equal("classic", await QueueTypeAsync(servers, $"{host.ServiceName}-note-written"));
    }

    [Fact]
    public async Task With_quorum_queues_set_the_services_queues_are_quorum_queues_and_deliver()
    {
        var servers = await TestServers.GetAsync();
        await using var host = await MessagingHost.StartAsync(servers,
            settings: new Dictionary<string, string> { [MessagingExtensions.QuorumQueuesKey] = "true" });

        var written = await host.WriteNoteAsync("replicated");
        await Eventually.UntilAsync(async () => await host.TimesHandledAsync(written.NoteId) is not null,
            "the note's event to be handled through a quorum queue");
        Assert.Equal("quorum", await QueueTypeAsync(servers, $"{host.ServiceName}-note-written"));
    }

    /// <summary>"classic" when the broker accepts the queue declared as classic, "quorum" when it refuses that.</summary>
    private static async Task<string> QueueTypeAsync(TestServers servers, string queue)
    {
        await using var connection = await new ConnectionFactory { Uri = new Uri(servers.RabbitMqConnectionString) }.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        try
        {
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false,
                new Dictionary<string, object?> { ["x-queue-type"] = "classic" });
            return "classic";
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            return "quorum";
        }
    }
}
