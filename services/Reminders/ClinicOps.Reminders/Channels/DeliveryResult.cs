namespace ClinicOps.Reminders.Channels;

/// <summary>
/// The outcome of one delivery attempt through <see cref="Channel"/> (smtp | sms-http | sms-dev-log; null when
/// no channel was tried).
/// A <see cref="Permanent"/> failure is not retried (e.g. an address that can never work).
/// </summary>
public sealed record DeliveryResult(bool Delivered, string? Channel, string? Error, bool Permanent = false)
{
    public static DeliveryResult Success(string channel) => new(true, channel, null);

    public static DeliveryResult Failure(string? channel, string error, bool permanent = false) => new(false, channel, error, permanent);
}
