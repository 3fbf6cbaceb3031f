namespace ClinicOps.Contracts.Scheduling;

/// <summary>
/// Every appointment event carries the appointment's whole state after the change, and its
/// <see cref="Version"/> (1 at booking, +1 per change). Consumers apply an event only when its version is
/// newer than what they hold, so redelivered and out-of-order events converge to the same state.
/// </summary>
public abstract record AppointmentSnapshot : IntegrationEvent
{
    public required Guid AppointmentId { get; init; }
    public required int Version { get; init; }
    public required Guid DoctorId { get; init; }
    public required Guid PatientId { get; init; }
    public required DateTimeOffset StartsAt { get; init; }
    public required DateTimeOffset EndsAt { get; init; }
    /// <summary>One of <see cref="AppointmentStatuses"/>.</summary>
    public required string Status { get; init; }
    /// <summary>True once the booking was deleted as a mistake (soft delete).</summary>
    public bool Deleted { get; init; }
    /// <summary>The appointment type booked, if any (it may have been archived since).</summary>
    public Guid? AppointmentTypeId { get; init; }
    public string? AppointmentTypeName { get; init; }
    /// <summary>The type's price when it was booked (clinic currency, 2 decimals); null when it has none.</summary>
    public decimal? Price { get; init; }
}
