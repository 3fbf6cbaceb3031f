using System.Text;
using System.Text.Json;
using ClinicOps.AppHost.Infrastructure;
using ClinicOps.IntegrationTests.Infrastructure.Telemetry;
using ClinicOps.IntegrationTests.Reliability.Infrastructure;
using ClinicOps.Testing;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Observability;

/// <summary>
/// An event whose handler failed every retry sits in its queue's _error queue. The ops team sees how many wait per queue
/// on the dashboard's metrics, lists them with the reason from the broker's dashboard commands, and replays them once the
/// cause is fixed — after which the event is handled as if it had never failed.
/// </summary>
public sealed class FailedMessageTests(TelemetryAppFixture telemetry, ITestOutputHelper output) : TelemetryTest(telemetry, output)
{
    private const string Metric = "clinicops.messaging.error_queue.messages";
    private const string Queue = "analytics-doctor-registered";
    private const string ErrorQueue = Queue + "_error";
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_failed_event_is_counted_listed_with_its_reason_and_handled_once_replayed()
    {
        var clinic = await Telemetry.App.SignUpClinicAsync();
        var doctorId = Guid.NewGuid();
        var reason = $"The read model was unavailable ({doctorId})";
        await using (var connection = await Amqp.ConnectAsync(await Telemetry.App.ConnectionStringAsync("rabbitmq")))
        await using (var channel = await connection.CreateChannelAsync())
        {
            // What MassTransit leaves in an _error queue: the event's envelope with the fault's headers.
            await channel.QueueDeclareAsync(ErrorQueue, durable: true, exclusive: false, autoDelete: false);
            await channel.BasicPublishAsync("", ErrorQueue, mandatory: true, FaultProperties(reason),
                DoctorRegistered(clinic.ClinicId, doctorId, "Dr Replayed"));
        }

        await Eventually.UntilAsync(() => Task.FromResult(Waiting() == 1), $"analytics to count the message in {ErrorQueue}", Limit);

        var listed = await Telemetry.App.RunCommandAsync("rabbitmq", RabbitMqExtensions.ListFailedMessagesCommand);
        Assert.True(listed.Success, listed.Message);
        var report = listed.Data?.Value ?? "";
        Assert.Contains(ErrorQueue, report, StringComparison.Ordinal);
        Assert.Contains(reason, report, StringComparison.Ordinal);
        Assert.False(await DoctorKnownAsync(clinic.Client, doctorId), "A failed event is not handled until it is replayed.");

        var replayed = await Telemetry.App.RunCommandAsync("rabbitmq", RabbitMqExtensions.ReplayFailedMessagesCommand);
        Assert.True(replayed.Success, replayed.Message);
        Assert.Contains($"1 to {Queue}", replayed.Message, StringComparison.Ordinal);

        await Eventually.UntilAsync(() => DoctorKnownAsync(clinic.Client, doctorId), "analytics to handle the replayed event", Limit);
        await Eventually.UntilAsync(() => Task.FromResult(Waiting() == 0), $"the count of {ErrorQueue} to drop to 0", Limit);
        var again = await Telemetry.App.RunCommandAsync("rabbitmq", RabbitMqExtensions.ListFailedMessagesCommand);
        Assert.DoesNotContain(ErrorQueue, again.Data?.Value ?? again.Message ?? "", StringComparison.Ordinal);
    }

    /// <summary>The newest exported count of the error queue, or null before analytics has counted it.</summary>
    private double? Waiting() =>
        Receiver.MetricPoints
            .Where(p => p.Service == "analytics" && p.Metric == Metric && p.Tags.GetValueOrDefault("queue") == ErrorQueue)
            .MaxBy(p => p.At)?.Value;

    private static async Task<bool> DoctorKnownAsync(HttpClient owner, Guid doctorId)
    {
        var doctors = (await owner.ReadAsync("/api/dashboard/doctors")).Expect(System.Net.HttpStatusCode.OK).Json;
        return doctors.EnumerateArray().Any(d => d.GetProperty("doctorId").GetGuid() == doctorId);
    }

    private static BasicProperties FaultProperties(string reason) => new()
    {
        MessageId = Guid.NewGuid().ToString(),
        ContentType = "application/vnd.masstransit+json",
        DeliveryMode = DeliveryModes.Persistent,
        Headers = new Dictionary<string, object?>
        {
            ["MT-Reason"] = "fault",
            ["MT-Fault-ExceptionType"] = "Npgsql.NpgsqlException",
            ["MT-Fault-Message"] = reason,
            ["MT-Fault-MessageType"] = "ClinicOps.Contracts.Scheduling.DoctorRegistered",
            ["MT-Fault-Timestamp"] = DateTimeOffset.UtcNow.ToString("O"),
        },
    };

    private static byte[] DoctorRegistered(Guid clinicId, Guid doctorId, string name)
    {
        var eventId = Guid.CreateVersion7();
        return Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new
        {
            messageId = eventId,
            messageType = new[]
            {
                "urn:message:ClinicOps.Contracts.Scheduling:DoctorRegistered",
                "urn:message:ClinicOps.Contracts.Scheduling:DoctorSnapshot",
                "urn:message:ClinicOps.Contracts:IntegrationEvent",
            },
            message = new
            {
                eventId,
                clinicId,
                occurredAt = DateTimeOffset.UtcNow,
                doctorId,
                name,
                specialization = "General practice",
            },
            sentTime = DateTimeOffset.UtcNow,
            headers = new { },
        }));
    }
}
