using ClinicOps.Billing.Services;

namespace ClinicOps.Billing.Apis;

public sealed record PaymentApiServices(PaymentService Payments, PaymentQueries Queries, CancellationToken CancellationToken);
