namespace ClinicOps.Analytics.Tests.Support;

public sealed record PendingPaymentsDto(int Count, decimal Amount);
