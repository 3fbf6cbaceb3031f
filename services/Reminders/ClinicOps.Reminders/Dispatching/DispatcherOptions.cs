namespace ClinicOps.Reminders.Dispatching;

/// <summary>Configuration section "Reminders:Dispatcher".</summary>
public sealed class DispatcherOptions
{
    public const string Section = "Reminders:Dispatcher";

    /// <summary>Run the background loop (tests turn it off and drive passes with DispatchDueAsync).</summary>
    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);
    /// <summary>Reminders claimed (and locked) per transaction.</summary>
    public int BatchSize { get; set; } = 20;
    /// <summary>Delivery attempts before a reminder is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;
    /// <summary>
    /// How long a claimed batch may take to be sent and recorded. A reminder still being sent after this is resolved as
    /// "delivery unknown" (failed, never re-sent), so it must exceed a batch's worst case: BatchSize × the SMTP timeout.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(5);
    /// <summary>Wait after the first failure; doubled after each further one (1, 2, 4, 8 minutes).</summary>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromMinutes(1);
}
