using ClinicOps.Billing.Model;
using ClinicOps.Contracts.Billing;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Billing.Dtos;

/// <summary>POST /api/appointments/{id}/payments: <c>{amount?, method, status?, reference?}</c>; no amount: the appointment's price.</summary>
public sealed record CreatePaymentRequest(decimal? Amount, string? Method, string? Status, string? Reference)
{
    /// <summary>Checks every field (all errors at once, 400) and returns the normalised draft.</summary>
    public PaymentDraft Validate()
    {
        var errors = new ValidationErrors();
        if (Amount is { } amount)
        {
            errors.AddIf(amount <= 0, "amount", "amount must be greater than 0.")
                .AddIf(!Money.HasAtMostTwoDecimals(amount), "amount", "amount has at most 2 decimals.")
                .AddIf(amount > Money.Max, "amount", $"amount must be at most {Money.Format(Money.Max)}.");
        }

        if (string.IsNullOrEmpty(Method))
        {
            errors.Add("method", "method is required.");
        }
        else
        {
            errors.AddIf(!PaymentMethods.All.Contains(Method), "method", $"method must be one of {string.Join(", ", PaymentMethods.All)}.");
        }

        var status = Status ?? PaymentStatuses.Pending;
        errors.AddIf(!Payment.InitialStatuses.Contains(status), "status",
            $"status must be {string.Join(" or ", Payment.InitialStatuses)} when a payment is recorded.");

        var reference = string.IsNullOrWhiteSpace(Reference) ? null : Reference.Trim();
        errors.AddIf(reference?.Length > Payment.MaxReferenceLength, "reference",
            $"reference must be at most {Payment.MaxReferenceLength} characters.");

        errors.ThrowIfAny();
        return new PaymentDraft(Amount is { } given ? Money.Normalize(given) : null, Method!, status, reference);
    }
}
