namespace ClinicOps.Web.Api;

/// <summary>A payment as the API returns it; <see cref="RecordedBy"/>, <see cref="MarkedBy"/> and <see cref="RefundedBy"/> are user ids.</summary>
public sealed record Payment(
    Guid Id,
    Guid AppointmentId,
    decimal Amount,
    string Currency,
    string Method,
    string Status,
    string? Reference,
    DateTimeOffset? PaidAt,
    DateTimeOffset? RefundedAt,
    DateTimeOffset CreatedAt,
    Guid? RecordedBy,
    Guid? MarkedBy,
    Guid? RefundedBy)
{
    /// <summary>The API's transitions: pending → paid or failed, paid → refunded.</summary>
    public bool IsPending => Status == PaymentStatus.Pending;

    public bool CanRefund => Status == PaymentStatus.Paid;
}
