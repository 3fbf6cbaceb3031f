using ClinicOps.Contracts.Reminders;

namespace ClinicOps.Reminders.Model;

/// <summary>
/// The statuses a reminder row may hold: the wire's (<see cref="ReminderStatuses"/>) and <see cref="Sending"/>, which
/// never leaves this service — the API shows a reminder being sent as pending, and no event is raised for it.
/// </summary>
public static class StoredReminderStatuses
{
    /// <summary>Claimed by a dispatcher, which is delivering it until its lease expires.</summary>
    public const string Sending = "sending";

    public static readonly IReadOnlyList<string> All = [.. ReminderStatuses.All, Sending];

    /// <summary>What the API and the events say for a stored status.</summary>
    public static string OnTheWire(string status) => status == Sending ? ReminderStatuses.Pending : status;
}
