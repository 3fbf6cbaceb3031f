namespace ClinicOps.Contracts.Billing;

public sealed record PaymentFailed : PaymentSnapshot;
