namespace ClinicOps.Analytics.Apis.Responses;

public sealed record PendingPaymentsResponse(int Count, decimal Amount);
