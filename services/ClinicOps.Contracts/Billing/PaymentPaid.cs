namespace ClinicOps.Contracts.Billing;

public sealed record PaymentPaid : PaymentSnapshot;
