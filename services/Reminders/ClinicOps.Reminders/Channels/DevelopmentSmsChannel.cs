using ClinicOps.Contracts.Reminders;

namespace ClinicOps.Reminders.Channels;

/// <summary>
/// Used where no SMS provider is configured (development): the rendered message is written to a structured log
/// and counts as delivered; the reminder's channel says "sms-dev-log", so nobody mistakes it for a real SMS.
/// </summary>
public sealed class DevelopmentSmsChannel(ILogger<DevelopmentSmsChannel> logger) : IReminderChannel
{
    public const string Name = "sms-dev-log";

    public string Type => ReminderTypes.Sms;

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        logger.LogInformation("Development SMS (not sent) for reminder {ReminderId} to {Recipient}: {Body}",
            message.ReminderId, message.Recipient, message.Body);
        return Task.FromResult(DeliveryResult.Success(Name));
    }
}
