using System.Diagnostics.Metrics;

namespace ClinicOps.Reminders.Dispatching;

/// <summary>
/// Reminders delivered and given up on, per channel (sms, email), for the ops team (Meter "ClinicOps.Reminders",
/// exported by the service defaults). No tag names a clinic or a person.
/// </summary>
public sealed class ReminderMetrics
{
    public const string MeterName = "ClinicOps.Reminders";

    private readonly Counter<long> _sent;
    private readonly Counter<long> _failed;

    public ReminderMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _sent = meter.CreateCounter<long>("clinicops.reminders.sent", "{reminder}", "Reminders delivered, per channel.");
        _failed = meter.CreateCounter<long>("clinicops.reminders.failed", "{reminder}",
            "Reminders given up on after their last attempt (or a permanent failure), per channel.");
    }

    public void Sent(string channel) => _sent.Add(1, new KeyValuePair<string, object?>("channel", channel));

    public void Failed(string channel) => _failed.Add(1, new KeyValuePair<string, object?>("channel", channel));
}
