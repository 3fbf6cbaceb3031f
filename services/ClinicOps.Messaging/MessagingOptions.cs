namespace ClinicOps.Messaging;

/// <summary>Messaging settings of one service (the name prefixes its queues and tags its metrics).</summary>
public sealed record MessagingOptions(string ServiceName)
{
    /// <summary>What the service's queue names start with (the service name unless configured otherwise).</summary>
    public string QueuePrefix { get; init; } = ServiceName;

    /// <summary>How often the relay looks for rows when nothing woke it (also how soon it retries due rows).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A publish that has not been confirmed within this time counts as failed (the broker may be down).</summary>
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; init; } = 100;

    /// <summary>
    /// Failed publishes after which an outbox row is dead (about four minutes of retries with the default backoff). A failure
    /// while the bus is unhealthy (the broker is away) never kills a row: an outage of any length loses no event.
    /// </summary>
    public int MaxPublishAttempts { get; init; } = 25;

    /// <summary>
    /// Events handled together in one transaction at most (see <see cref="EventBatcher{TDbContext}"/>);
    /// also how many messages each queue lends the service before they are acknowledged, so that a batch can fill.
    /// </summary>
    public int ConsumeBatchSize { get; init; } = 50;

    /// <summary>
    /// Rounds of events the service handles at once across all its consumers, each holding a database connection: the
    /// clinics are split into this many partitions (see <see cref="EventBatcher{TDbContext}"/>).
    /// </summary>
    public int MaxConcurrentHandlers { get; init; } = 8;

    /// <summary>
    /// How long sent outbox rows and handled inbox rows are kept. The inbox recognises redelivered events, so this must
    /// stay far beyond any redelivery (broker retries take seconds, replaying an _error queue days at most).
    /// </summary>
    public TimeSpan Retention { get; init; } = TimeSpan.FromDays(7);

    /// <summary>How often old outbox and inbox rows are pruned.</summary>
    public TimeSpan PruneInterval { get; init; } = TimeSpan.FromHours(1);

    /// <summary>Rows one prune statement deletes at most, so no delete holds many locks for long.</summary>
    public int PruneBatchSize { get; init; } = 1000;

    /// <summary>The service's queues, error queues included, are quorum queues (see MessagingExtensions.QuorumQueuesKey).</summary>
    public bool QuorumQueues { get; init; }

    /// <summary>How often the messages waiting in the service's _error queues are counted for the dashboard.</summary>
    public TimeSpan ErrorQueuePollInterval { get; init; } = TimeSpan.FromSeconds(10);
}
