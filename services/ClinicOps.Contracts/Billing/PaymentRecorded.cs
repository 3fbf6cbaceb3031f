namespace ClinicOps.Contracts.Billing;

public sealed record PaymentRecorded : PaymentSnapshot;
