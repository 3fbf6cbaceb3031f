namespace ClinicOps.Reminders.Channels;

/// <summary>
/// The outcome of one delivery attempt through <see cref="Channel"/> (smtp | sms-http | sms-dev-log; null when
/// no channel was tried).
/// A <see cref="Permanent"/> failure is not retried (e.g. an address that can never work).
/// <see cref="Error"/> is shown to the clinic's staff as the reminder's lastError, so it is a plain reason in words
/// ("The mail server could not be reached.") and never a host, port, provider answer or exception text: a channel logs
/// those details itself, with the reminder's id.
/// </summary>
public sealed record DeliveryResult(bool Delivered, string? Channel, string? Error, bool Permanent = false)
{
    public static DeliveryResult Success(string channel) => new(true, channel, null);

    public static DeliveryResult Failure(string? channel, string error, bool permanent = false) => new(false, channel, error, permanent);
}
