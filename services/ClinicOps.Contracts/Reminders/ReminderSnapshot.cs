namespace ClinicOps.Contracts.Reminders;

/// <summary>A reminder's whole state after a change, with a <see cref="Version"/> (1 when created, +1 per change).</summary>
public abstract record ReminderSnapshot : IntegrationEvent
{
    public required Guid ReminderId { get; init; }
    public required int Version { get; init; }
    public required Guid AppointmentId { get; init; }
    /// <summary>sms | email | call</summary>
    public required string Type { get; init; }
    /// <summary>upcoming | follow_up</summary>
    public required string Purpose { get; init; }
    public required DateTimeOffset SendAt { get; init; }
    /// <summary>pending | sent | failed | cancelled</summary>
    public required string Status { get; init; }
}
