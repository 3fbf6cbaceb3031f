namespace ClinicOps.Contracts.Billing;

/// <summary>
/// Every payment event carries the payment's whole state after the change and its <see cref="Version"/>
/// (1 when recorded, +1 per transition), with clinic, appointment, doctor, amount and currency, so the
/// read model needs nothing else and can ignore stale or repeated events.
/// </summary>
public abstract record PaymentSnapshot : IntegrationEvent
{
    public required Guid PaymentId { get; init; }
    public required int Version { get; init; }
    public required Guid AppointmentId { get; init; }
    public required Guid DoctorId { get; init; }
    public required decimal Amount { get; init; }
    public required string Currency { get; init; }
    /// <summary>One of <see cref="PaymentMethods"/>.</summary>
    public required string Method { get; init; }
    /// <summary>One of <see cref="PaymentStatuses"/>.</summary>
    public required string Status { get; init; }
    public DateTimeOffset? PaidAt { get; init; }
    public DateTimeOffset? RefundedAt { get; init; }
}
