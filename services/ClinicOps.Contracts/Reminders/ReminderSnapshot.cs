namespace ClinicOps.Contracts.Reminders;

/// <summary>A reminder's whole state after a change, with a <see cref="Version"/> (1 when created, +1 per change).</summary>
public abstract record ReminderSnapshot : IntegrationEvent
{
    public required Guid ReminderId { get; init; }
    public required int Version { get; init; }
    public required Guid AppointmentId { get; init; }
    /// <summary>One of <see cref="ReminderTypes"/>.</summary>
    public required string Type { get; init; }
    /// <summary>One of <see cref="ReminderPurposes"/>.</summary>
    public required string Purpose { get; init; }
    public required DateTimeOffset SendAt { get; init; }
    /// <summary>One of <see cref="ReminderStatuses"/>.</summary>
    public required string Status { get; init; }
}
