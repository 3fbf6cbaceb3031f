using ClinicOps.Billing.Model;

namespace ClinicOps.Billing.Dtos;

/// <summary>A payment as the API shows it, with the users who recorded, marked and refunded it.</summary>
public sealed record PaymentResponse(
    Guid Id,
    Guid AppointmentId,
    decimal Amount,
    string Currency,
    string Method,
    string Status,
    string? Reference,
    DateTimeOffset? PaidAt,
    DateTimeOffset? RefundedAt,
    bool AppointmentDeleted,
    DateTimeOffset CreatedAt,
    Guid? RecordedBy,
    Guid? MarkedBy,
    Guid? RefundedBy)
{
    public static PaymentResponse From(Payment p) => new(
        p.Id, p.AppointmentId, Money.Normalize(p.Amount), p.Currency, p.Method, p.Status, p.Reference,
        p.PaidAt, p.RefundedAt, p.AppointmentDeleted, p.CreatedAt, p.RecordedBy, p.MarkedBy, p.RefundedBy);
}
