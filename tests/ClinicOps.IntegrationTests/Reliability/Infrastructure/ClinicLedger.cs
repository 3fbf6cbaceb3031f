namespace ClinicOps.IntegrationTests.Reliability.Infrastructure;

/// <summary>
/// What a test did to one clinic through the gateway (each change recorded once its answer was a success), and the
/// dashboard figures that follow from it. Every appointment is booked days ahead, so each still-scheduled one is
/// upcoming and has exactly one pending automatic reminder (the default settings: one, 24 hours before), besides the
/// upcoming ones staff added by hand.
/// </summary>
public sealed class ClinicLedger(string currency)
{
    private readonly Lock gate = new();
    private readonly Dictionary<Guid, (Guid DoctorId, string Status)> appointments = [];
    private readonly Dictionary<Guid, (Guid AppointmentId, decimal Amount, string Status)> payments = [];
    private readonly Dictionary<Guid, Guid> addedReminders = [];

    /// <summary>Every appointment booked and not deleted.</summary>
    public IReadOnlyList<Guid> Appointments
    {
        get
        {
            lock (gate)
            {
                return [.. appointments.Where(a => a.Value.Status != "deleted").Select(a => a.Key)];
            }
        }
    }

    /// <summary>Every appointment booked and still scheduled.</summary>
    public IReadOnlyList<Guid> ScheduledAppointments
    {
        get
        {
            lock (gate)
            {
                return [.. appointments.Where(a => a.Value.Status == "scheduled").Select(a => a.Key)];
            }
        }
    }

    public int Changes { get; private set; }

    public void Booked(Guid appointmentId, Guid doctorId) => Record(() => appointments.Add(appointmentId, (doctorId, "scheduled")));

    /// <summary>completed, cancelled or deleted.</summary>
    public void AppointmentBecame(Guid appointmentId, string status) =>
        Record(() => appointments[appointmentId] = appointments[appointmentId] with { Status = status });

    /// <summary>An upcoming reminder added by hand: pending while its appointment stays scheduled.</summary>
    public void ReminderAdded(Guid reminderId, Guid appointmentId) => Record(() => addedReminders.Add(reminderId, appointmentId));

    public void PaymentRecorded(Guid paymentId, Guid appointmentId, decimal amount, string status) =>
        Record(() => payments.Add(paymentId, (appointmentId, amount, status)));

    /// <summary>paid, failed or refunded.</summary>
    public void PaymentBecame(Guid paymentId, string status) =>
        Record(() => payments[paymentId] = payments[paymentId] with { Status = status });

    public ClinicFigures Expected()
    {
        lock (gate)
        {
            var live = appointments.Where(a => a.Value.Status != "deleted").ToList();
            var scheduled = live.Count(a => a.Value.Status == "scheduled");
            var paid = payments.Values.Where(p => p.Status == "paid").ToList();
            var pending = payments.Values.Where(p => p.Status == "pending").ToList();
            var dashboard = new DashboardFigures(
                live.Count,
                scheduled,
                live.Count(a => a.Value.Status == "completed"),
                live.Count(a => a.Value.Status == "cancelled"),
                NoShowAppointments: 0,
                paid.Sum(p => p.Amount),
                pending.Count,
                pending.Sum(p => p.Amount),
                PendingReminders: scheduled + addedReminders.Values.Count(a => appointments[a].Status == "scheduled"),
                currency);
            var doctors = live.GroupBy(a => a.Value.DoctorId)
                .Select(d => new DoctorFigures(
                    d.Key,
                    d.Count(),
                    d.Count(a => a.Value.Status == "scheduled"),
                    d.Count(a => a.Value.Status == "completed"),
                    NoShow: 0,
                    paid.Where(p => appointments[p.AppointmentId].DoctorId == d.Key).Sum(p => p.Amount)))
                .OrderBy(d => d.DoctorId)
                .ToList();
            return new ClinicFigures(dashboard, doctors);
        }
    }

    private void Record(Action change)
    {
        lock (gate)
        {
            change();
            Changes++;
        }
    }
}
