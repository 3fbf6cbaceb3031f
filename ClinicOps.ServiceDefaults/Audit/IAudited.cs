namespace ClinicOps.ServiceDefaults.Audit;

/// <summary>
/// A business entity whose every change made through the API is written to the audit trail. Replicas of other
/// services' data, outbox, inbox and idempotency rows are not: they record no one's decision.
/// </summary>
public interface IAudited;
