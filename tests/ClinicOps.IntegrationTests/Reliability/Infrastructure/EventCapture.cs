using System.Text.Json;
using RabbitMQ.Client;

namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// A queue of the test's own on the app's broker, bound to the exchange of every integration event type (MassTransit
/// names a type's exchange "Namespace:TypeName"), so it receives a copy of every event the services publish from the
/// moment it starts. <see cref="RepublishAsync"/> puts captured events on their exchanges again, byte for byte — the
/// same envelope, MessageId and EventId — which every consuming service receives as a redelivery.
/// </summary>
public sealed class EventCapture : IAsyncDisposable
{
    public static readonly IReadOnlyList<string> EventTypes =
    [
        "ClinicOps.Contracts.Identity:ClinicRegistered",
        "ClinicOps.Contracts.Identity:ClinicUpdated",
        "ClinicOps.Contracts.Identity:UserRegistered",
        "ClinicOps.Contracts.Identity:UserRemoved",
        "ClinicOps.Contracts.Scheduling:DoctorRegistered",
        "ClinicOps.Contracts.Scheduling:DoctorUpdated",
        "ClinicOps.Contracts.Scheduling:PatientRegistered",
        "ClinicOps.Contracts.Scheduling:PatientUpdated",
        "ClinicOps.Contracts.Scheduling:AppointmentScheduled",
        "ClinicOps.Contracts.Scheduling:AppointmentRescheduled",
        "ClinicOps.Contracts.Scheduling:AppointmentCompleted",
        "ClinicOps.Contracts.Scheduling:AppointmentCancelled",
        "ClinicOps.Contracts.Scheduling:AppointmentMarkedNoShow",
        "ClinicOps.Contracts.Scheduling:AppointmentDeleted",
        "ClinicOps.Contracts.Billing:PaymentRecorded",
        "ClinicOps.Contracts.Billing:PaymentPaid",
        "ClinicOps.Contracts.Billing:PaymentFailed",
        "ClinicOps.Contracts.Billing:PaymentRefunded",
        "ClinicOps.Contracts.Reminders:ReminderCreated",
        "ClinicOps.Contracts.Reminders:ReminderRescheduled",
        "ClinicOps.Contracts.Reminders:ReminderSent",
        "ClinicOps.Contracts.Reminders:ReminderFailed",
        "ClinicOps.Contracts.Reminders:ReminderCancelled",
    ];

    private readonly IConnection connection;
    private readonly IChannel channel;
    private readonly string queue;

    private EventCapture(IConnection connection, IChannel channel, string queue)
    {
        this.connection = connection;
        this.channel = channel;
        this.queue = queue;
    }

    public static async Task<EventCapture> StartAsync(string connectionString)
    {
        var connection = await Amqp.ConnectAsync(connectionString);
        try
        {
            var channel = await connection.CreateChannelAsync(
                new CreateChannelOptions(publisherConfirmationsEnabled: true, publisherConfirmationTrackingEnabled: true));
            var queue = (await channel.QueueDeclareAsync("", durable: false, exclusive: true, autoDelete: true)).QueueName;
            foreach (var exchange in EventTypes)
            {
                // The consuming services declared these exchanges at start-up; one that is missing fails the test here.
                await channel.QueueBindAsync(queue, exchange, routingKey: "");
            }

            return new EventCapture(connection, channel, queue);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    /// <summary>Takes every event captured so far off the queue and returns those of <paramref name="clinicId"/>, in publish order.</summary>
    public async Task<IReadOnlyList<CapturedEvent>> TakeAsync(Guid clinicId)
    {
        var events = new List<CapturedEvent>();
        while (await channel.BasicGetAsync(queue, autoAck: true) is { } delivery)
        {
            var captured = Read(delivery);
            if (captured.ClinicId == clinicId)
            {
                events.Add(captured);
            }
        }

        return events;
    }

    /// <summary>Publishes each event again to the exchange it came from, with its own properties and body; waits for the broker's confirms.</summary>
    public async Task RepublishAsync(IEnumerable<CapturedEvent> events)
    {
        // The copies must not come back into the capture queue.
        foreach (var exchange in EventTypes)
        {
            await channel.QueueUnbindAsync(queue, exchange, routingKey: "");
        }

        foreach (var captured in events)
        {
            await channel.BasicPublishAsync(captured.Exchange, routingKey: "", mandatory: false, captured.Properties, captured.Body);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await channel.DisposeAsync();
        await connection.DisposeAsync();
    }

    private static CapturedEvent Read(BasicGetResult delivery)
    {
        var body = delivery.Body.ToArray();
        using var envelope = JsonDocument.Parse(body);
        var root = envelope.RootElement;
        var message = root.GetProperty("message");
        return new CapturedEvent(
            delivery.Exchange,
            root.GetProperty("messageType")[0].GetString() ?? "",
            root.GetProperty("messageId").GetGuid(),
            message.GetProperty("eventId").GetGuid(),
            message.GetProperty("clinicId").GetGuid(),
            new BasicProperties(delivery.BasicProperties),
            body);
    }
}
