namespace ClinicOps.Contracts.Billing;

public sealed record PaymentRefunded : PaymentSnapshot;
