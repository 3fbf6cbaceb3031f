namespace ClinicOps.Messaging;

/// <summary>Messaging settings of one service (the name prefixes its queues and tags its metrics).</summary>
public sealed record MessagingOptions(string ServiceName)
{
    /// <summary>How often the relay looks for rows when nothing woke it (also how soon it retries due rows).</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>A publish that has not been confirmed within this time counts as failed (the broker may be down).</summary>
    public TimeSpan PublishTimeout { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(10);

    public int BatchSize { get; init; } = 100;

    /// <summary>Events the service handles at once across all its consumers (each holds a database connection).</summary>
    public int MaxConcurrentHandlers { get; init; } = 8;
}
