using ClinicOps.Reminders.Channels;

namespace ClinicOps.Reminders.Dispatching;

/// <summary>A reminder claimed for sending: the message, its channel, and the lease its outcome is recorded under.</summary>
public sealed record ClaimedDelivery(Guid ClinicId, DateTimeOffset LeaseExpiresAt, IReminderChannel Channel, OutgoingMessage Message);
