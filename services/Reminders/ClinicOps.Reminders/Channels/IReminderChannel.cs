namespace ClinicOps.Reminders.Channels;

/// <summary>Delivers rendered reminders of one type (sms or email). Failures are reported, not thrown.</summary>
public interface IReminderChannel
{
    /// <summary>The reminder type this channel delivers: sms | email.</summary>
    string Type { get; }

    Task<DeliveryResult> SendAsync(OutgoingMessage message, CancellationToken ct);
}
