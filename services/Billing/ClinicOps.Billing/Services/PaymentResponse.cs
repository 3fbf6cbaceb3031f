using ClinicOps.Billing.Model;

namespace ClinicOps.Billing.Services;

/// <summary>A payment as the API shows it.</summary>
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
    DateTimeOffset CreatedAt)
{
    public static PaymentResponse From(Payment p) => new(
        p.Id, p.AppointmentId, Money.Normalize(p.Amount), p.Currency, p.Method, p.Status, p.Reference,
        p.PaidAt, p.RefundedAt, p.AppointmentDeleted, p.CreatedAt);
}
