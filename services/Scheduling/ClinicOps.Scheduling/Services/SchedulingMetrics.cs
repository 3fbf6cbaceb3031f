using System.Diagnostics.Metrics;

namespace ClinicOps.Scheduling.Services;

/// <summary>
/// The clinic's day in appointments, for the ops team (Meter "ClinicOps.Scheduling", exported by the service defaults):
/// each counter counts committed changes, across all clinics — no tag names a clinic or a person.
/// </summary>
public sealed class SchedulingMetrics
{
    public const string MeterName = "ClinicOps.Scheduling";

    private readonly Counter<long> _booked;
    private readonly Counter<long> _completed;
    private readonly Counter<long> _cancelled;
    private readonly Counter<long> _noShows;

    public SchedulingMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _booked = meter.CreateCounter<long>("clinicops.appointments.booked", "{appointment}", "Appointments booked.");
        _completed = meter.CreateCounter<long>("clinicops.appointments.completed", "{appointment}", "Appointments marked completed.");
        _cancelled = meter.CreateCounter<long>("clinicops.appointments.cancelled", "{appointment}", "Appointments cancelled.");
        _noShows = meter.CreateCounter<long>("clinicops.appointments.no_show", "{appointment}", "Appointments marked as no-show.");
    }

    public void Booked() => _booked.Add(1);

    public void Completed() => _completed.Add(1);

    public void Cancelled() => _cancelled.Add(1);

    public void MarkedNoShow() => _noShows.Add(1);
}
