using ClinicOps.Contracts;
using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Reminders;
using ClinicOps.Contracts.Scheduling;

namespace ClinicOps.Analytics.Tests.Infrastructure;

/// <summary>
/// What happens in one clinic, written as the producers would publish it: each call emits the event with the
/// entity's whole snapshot and next version. It also keeps the final state of everything, from which the test
/// computes the expected figures on its own (see <see cref="Expected"/>), independently of the projection.
/// </summary>
public sealed class ClinicStory
{
    private readonly List<IntegrationEvent> _events = [];
    private readonly Dictionary<Guid, string> _doctors = [];
    private readonly Dictionary<Guid, AppointmentState> _appointments = [];
    private readonly Dictionary<Guid, PaymentState> _payments = [];
    private readonly Dictionary<Guid, ReminderState> _reminders = [];
    private DateTimeOffset _clock;

    public ClinicStory(string timeZone = "Europe/Berlin", string currency = "EUR", DateTimeOffset? start = null, bool registerClinic = true)
    {
        TimeZone = timeZone;
        Currency = currency;
        _clock = start ?? WholeSeconds(DateTimeOffset.UtcNow.AddDays(-3));
        if (registerClinic)
        {
            RegisterClinic();
        }
    }

    public Guid ClinicId { get; } = Guid.CreateVersion7();
    public string TimeZone { get; private set; }
    public string Currency { get; }
    public IReadOnlyList<IntegrationEvent> Events => _events;
    public IReadOnlyDictionary<Guid, string> Doctors => _doctors;
    public IReadOnlyCollection<AppointmentState> Appointments => _appointments.Values;
    public IReadOnlyCollection<PaymentState> Payments => _payments.Values;
    public IReadOnlyCollection<ReminderState> Reminders => _reminders.Values;
    public DateTimeOffset LastOccurredAt => _events.Max(e => e.OccurredAt);

    public Expected Expected => new(this);

    /// <summary>The next event happens at <paramref name="instant"/> (later events move on from there).</summary>
    public ClinicStory At(DateTimeOffset instant)
    {
        _clock = instant;
        return this;
    }

    public void RegisterClinic() => Emit(new ClinicRegistered
    {
        ClinicId = ClinicId, OccurredAt = Tick(), Name = "Clinic " + ClinicId.ToString()[..8], TimeZone = TimeZone, Currency = Currency,
    });

    public void ChangeTimeZone(string timeZone)
    {
        TimeZone = timeZone;
        Emit(new ClinicUpdated
        {
            ClinicId = ClinicId, OccurredAt = Tick(), Name = "Clinic " + ClinicId.ToString()[..8], TimeZone = timeZone, Currency = Currency,
        });
    }

    public Guid Doctor(string name)
    {
        var id = Guid.CreateVersion7();
        _doctors[id] = name;
        Emit(new DoctorRegistered { ClinicId = ClinicId, OccurredAt = Tick(), DoctorId = id, Name = name, Specialization = "General" });
        return id;
    }

    public void RenameDoctor(Guid doctorId, string name)
    {
        _doctors[doctorId] = name;
        Emit(new DoctorUpdated { ClinicId = ClinicId, OccurredAt = Tick(), DoctorId = doctorId, Name = name, Specialization = "General" });
    }

    public Guid Patient(string name)
    {
        var id = Guid.CreateVersion7();
        Emit(new PatientRegistered { ClinicId = ClinicId, OccurredAt = Tick(), PatientId = id, Name = name, Phone = "+4915112345678" });
        return id;
    }

    public Guid Book(Guid doctorId, Guid patientId, DateTimeOffset startsAt)
    {
        var state = new AppointmentState(Guid.CreateVersion7(), doctorId, patientId, startsAt);
        _appointments[state.Id] = state;
        Emit(new AppointmentScheduled
        {
            ClinicId = ClinicId, OccurredAt = Tick(), AppointmentId = state.Id, Version = state.Version, DoctorId = doctorId,
            PatientId = patientId, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(30), Status = state.Status,
            DoctorName = _doctors.GetValueOrDefault(doctorId, "Unknown"), PatientName = "Patient", PatientPhone = "+4915112345678",
        });
        return state.Id;
    }

    public void Reschedule(Guid appointmentId, DateTimeOffset startsAt, Guid? doctorId = null)
    {
        var state = _appointments[appointmentId];
        state.StartsAt = startsAt;
        state.DoctorId = doctorId ?? state.DoctorId;
        Emit(Appointment(Blank.Rescheduled, state));
    }

    public void Complete(Guid appointmentId) => Transition(Blank.Completed, appointmentId, "completed");

    public void Cancel(Guid appointmentId) => Transition(Blank.Cancelled, appointmentId, "cancelled");

    public void NoShow(Guid appointmentId) => Transition(Blank.NoShow, appointmentId, "no_show");

    public void Delete(Guid appointmentId)
    {
        var state = _appointments[appointmentId];
        state.Deleted = true;
        Emit(Appointment(Blank.Deleted, state));
    }

    /// <summary>Records a payment (pending, or paid at once: then PaymentRecorded and PaymentPaid with one snapshot).</summary>
    public Guid Pay(Guid appointmentId, decimal amount, bool paid = true)
    {
        var at = Tick();
        var state = new PaymentState(Guid.CreateVersion7(), appointmentId, _appointments[appointmentId].DoctorId, amount)
        {
            Status = paid ? "paid" : "pending",
            PaidAt = paid ? at : null,
        };
        _payments[state.Id] = state;
        Emit(Payment(Blank.Recorded, state, at));
        if (paid)
        {
            Emit(Payment(Blank.Paid, state, at));
        }

        return state.Id;
    }

    public void MarkPaid(Guid paymentId)
    {
        var state = _payments[paymentId];
        var at = Tick();
        state.Status = "paid";
        state.PaidAt = at;
        state.Version++;
        Emit(Payment(Blank.Paid, state, at));
    }

    public void MarkFailed(Guid paymentId)
    {
        var state = _payments[paymentId];
        state.Status = "failed";
        state.Version++;
        Emit(Payment(Blank.Failed, state, Tick()));
    }

    public void Refund(Guid paymentId)
    {
        var state = _payments[paymentId];
        var at = Tick();
        state.Status = "refunded";
        state.RefundedAt = at;
        state.Version++;
        Emit(Payment(Blank.Refunded, state, at));
    }

    public Guid Remind(Guid appointmentId)
    {
        var state = new ReminderState(Guid.CreateVersion7(), appointmentId);
        _reminders[state.Id] = state;
        Emit(Reminder(Blank.ReminderCreated, state));
        return state.Id;
    }

    public void ReminderSent(Guid reminderId) => ReminderTransition(Blank.ReminderSent, reminderId, "sent");

    public void ReminderFailed(Guid reminderId) => ReminderTransition(Blank.ReminderFailed, reminderId, "failed");

    public void CancelReminder(Guid reminderId) => ReminderTransition(Blank.ReminderCancelled, reminderId, "cancelled");

    public void UserJoined(string name) => Emit(new UserRegistered
    {
        ClinicId = ClinicId, OccurredAt = Tick(), UserId = Guid.CreateVersion7(), Name = name, Role = "receptionist",
    });

    private void Transition(AppointmentSnapshot blank, Guid appointmentId, string status)
    {
        var state = _appointments[appointmentId];
        state.Status = status;
        Emit(Appointment(blank, state));
    }

    private void ReminderTransition(ReminderSnapshot blank, Guid reminderId, string status)
    {
        var state = _reminders[reminderId];
        state.Status = status;
        state.Version++;
        Emit(Reminder(blank, state));
    }

    private AppointmentSnapshot Appointment(AppointmentSnapshot blank, AppointmentState state)
    {
        state.Version++;
        return blank with
        {
            EventId = Guid.CreateVersion7(), ClinicId = ClinicId, OccurredAt = Tick(), AppointmentId = state.Id, Version = state.Version, DoctorId = state.DoctorId,
            PatientId = state.PatientId, StartsAt = state.StartsAt, EndsAt = state.StartsAt.AddMinutes(30), Status = state.Status,
            Deleted = state.Deleted,
        };
    }

    private PaymentSnapshot Payment(PaymentSnapshot blank, PaymentState state, DateTimeOffset at) => blank with
    {
        EventId = Guid.CreateVersion7(), ClinicId = ClinicId, OccurredAt = at, PaymentId = state.Id, Version = state.Version, AppointmentId = state.AppointmentId,
        DoctorId = state.DoctorId, Amount = state.Amount, Currency = Currency, Method = "card", Status = state.Status,
        PaidAt = state.PaidAt, RefundedAt = state.RefundedAt,
    };

    private ReminderSnapshot Reminder(ReminderSnapshot blank, ReminderState state) => blank with
    {
        EventId = Guid.CreateVersion7(), ClinicId = ClinicId, OccurredAt = Tick(), ReminderId = state.Id, Version = state.Version, AppointmentId = state.AppointmentId,
        Type = "sms", Purpose = "upcoming", SendAt = _appointments[state.AppointmentId].StartsAt.AddDays(-1), Status = state.Status,
    };

    private DateTimeOffset Tick()
    {
        var at = _clock;
        _clock = _clock.AddMinutes(1);
        return at;
    }

    private void Emit(IntegrationEvent evt) => _events.Add(evt);

    /// <summary>PostgreSQL keeps microseconds: whole seconds compare equal after a round trip.</summary>
    private static DateTimeOffset WholeSeconds(DateTimeOffset instant) =>
        new(instant.UtcTicks - instant.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
}
