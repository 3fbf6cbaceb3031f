using ClinicOps.Billing.Services;

namespace ClinicOps.Billing.Apis;

/// <summary>What the payment handlers need, bound with [AsParameters].</summary>
public sealed record PaymentServices(PaymentService Payments, PaymentQueries Queries);
