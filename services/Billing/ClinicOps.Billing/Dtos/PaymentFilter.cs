using ClinicOps.Contracts.Billing;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Billing.Dtos;

/// <summary>
/// GET /api/payments <c>?status=&amp;from=&amp;to=</c>. The range is on <c>createdAt</c> (from inclusive, to exclusive):
/// every payment has one, whereas paidAt is empty until a payment is paid — revenue by paid date is analytics' report.
/// </summary>
public sealed record PaymentFilter(string? Status, DateTimeOffset? From, DateTimeOffset? To)
{
    public PaymentFilter Validate()
    {
        new ValidationErrors()
            .AddIf(Status is not null && !PaymentStatuses.All.Contains(Status), "status",
                $"status must be one of {string.Join(", ", PaymentStatuses.All)}.")
            .AddIf(From is { } from && To is { } to && from > to, "to", "to must not be before from.")
            .ThrowIfAny();
        return this;
    }
}
