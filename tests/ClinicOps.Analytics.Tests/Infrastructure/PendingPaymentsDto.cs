namespace ClinicOps.Analytics.Tests.Infrastructure;

public sealed record PendingPaymentsDto(int Count, decimal Amount);
