namespace ClinicOps.Billing.Services;

/// <summary>
/// The answer to a payment POST exactly as sent (status code and JSON text), so a retry with the same
/// Idempotency-Key can be answered byte for byte the same.
/// </summary>
public sealed record CreatedResponse(int StatusCode, string Body, Guid PaymentId);
