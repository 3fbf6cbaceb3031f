namespace ClinicOps.Benchmarks.App;

/// <summary>Names of the AppHost's resources the benchmark talks to.</summary>
public static class ResourceNames
{
    public const string Gateway = "gateway";
    public const string Scheduling = "scheduling";
    public const string SchedulingDatabase = "scheduling-db";
    public const string BillingDatabase = "billing-db";
    public const string AnalyticsDatabase = "analytics-db";
    public const string RabbitMq = "rabbitmq";
    public const string Postgres = "postgres";

    /// <summary>Every service's own database (each has an outbox).</summary>
    public static readonly IReadOnlyList<string> ServiceDatabases = ["identity-db", SchedulingDatabase, BillingDatabase, "reminders-db", AnalyticsDatabase];
}
