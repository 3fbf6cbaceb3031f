using ClinicOps.Contracts.Reminders;

namespace ClinicOps.Reminders.Channels;

/// <summary>
/// Used where no SMS provider is configured, which only Development and the tests allow (<see cref="ChannelSettingsCheck"/>):
/// the message is written to a structured log and counts as delivered; the reminder's channel says "sms-dev-log", so
/// nobody mistakes it for a real SMS. Only in Development does the log show the whole number and text, for the developer
/// reading it; elsewhere it shows the number's last three digits and the text's length.
/// </summary>
public sealed class DevelopmentSmsChannel(IHostEnvironment environment, ILogger<DevelopmentSmsChannel> logger) : IReminderChannel
{
    public const string Name = "sms-dev-log";

    public string Type => ReminderTypes.Sms;

    public Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken ct)
    {
        if (environment.IsDevelopment())
        {
            logger.LogInformation("Development SMS (not sent) for reminder {ReminderId} to {Recipient}: {Body}",
                message.ReminderId, message.Recipient, message.Body);
        }
        else
        {
            logger.LogInformation("Development SMS (not sent) for reminder {ReminderId} to a number ending {RecipientEnd}: {BodyLength} characters",
                message.ReminderId, Masked(message.Recipient), message.Body.Length);
        }

        return Task.FromResult(DeliveryResult.Success(Name));
    }

    public static string Masked(string phone) => phone.Length <= 3 ? "…" : "…" + phone[^3..];
}
