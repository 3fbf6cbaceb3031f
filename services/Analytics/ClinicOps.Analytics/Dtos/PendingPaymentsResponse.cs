namespace ClinicOps.Analytics.Dtos;

public sealed record PendingPaymentsResponse(int Count, decimal Amount);
