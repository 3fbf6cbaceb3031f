namespace ClinicOps.Billing.Model;

/// <summary>
/// A validated request to record a payment: amount with at most 2 decimals (null: the appointment's price), known method
/// and initial status.
/// </summary>
public sealed record PaymentDraft(decimal? Amount, string Method, string Status, string? Reference);
