namespace ClinicOps.Web.Api;

public sealed record PendingPayments(int Count, decimal Amount);
