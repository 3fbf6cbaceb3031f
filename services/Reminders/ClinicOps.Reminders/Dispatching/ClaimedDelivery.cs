using ClinicOps.Reminders.Channels;

namespace ClinicOps.Reminders.Dispatching;

/// <summary>
/// A reminder claimed for sending: the message, its channel, the lease its outcome is recorded under, and the trace
/// context of the request or event that created it (its delivery is traced there).
/// </summary>
public sealed record ClaimedDelivery(Guid ClinicId, DateTimeOffset LeaseExpiresAt, IReminderChannel Channel, OutgoingMessage Message,
    string? TraceParent, string? TraceState);
