using ClinicOps.Contracts.Reminders;
using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Telemetry;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>
/// A reminder of one appointment. Every status change starts from pending (pending → sent | failed | cancelled)
/// and raises <see cref="Version"/>, which the integration events carry. The dispatcher delivers an sms or email one
/// through <see cref="StoredReminderStatuses.Sending"/> (pending → sending → sent | pending again | failed), a state
/// of this service only: the API shows it as pending and it raises no version and no event.
/// </summary>
public sealed class Reminder : ITenantOwned, IAudited
{
    /// <summary>
    /// A note is sent to the patient after the reminder's own words (<see cref="Dispatching.MessageRenderer"/>): about
    /// 90 characters plus the clinic's and the doctor's names for an upcoming reminder, about 150 plus them for a
    /// follow-up. 300 keeps a whole sms within three concatenated GSM segments (3 × 153 characters), which the phone
    /// shows as one message, and keeps the note a short addition rather than a free-text channel the operator pays for.
    /// </summary>
    public const int MaxNoteLength = 300;
    public const int MaxErrorLength = 1000;
    public const string ContactsErasedError = "The patient's contact details were erased.";

    private Reminder()
    {
    }

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid AppointmentId { get; private set; }
    public string Type { get; private set; } = ReminderTypes.Sms;
    public string Purpose { get; private set; } = ReminderPurposes.Upcoming;
    /// <summary>When it is due (UTC).</summary>
    public DateTimeOffset SendAt { get; private set; }
    public string Status { get; private set; } = ReminderStatuses.Pending;
    public DateTimeOffset? SentAt { get; private set; }
    /// <summary>Delivery attempts that failed (sms/email), so the dispatcher can back off and give up.</summary>
    public int Attempts { get; private set; }
    public string? LastError { get; private set; }
    /// <summary>Where it went: smtp | sms-http | sms-dev-log | staff.</summary>
    public string? Channel { get; private set; }
    public string? Note { get; private set; }
    /// <summary>After a failed attempt: not before this time (exponential backoff). Null until a failure.</summary>
    public DateTimeOffset? NextAttemptAt { get; private set; }
    /// <summary>While sending: until when the dispatcher that claimed it may record its outcome. Null otherwise.</summary>
    public DateTimeOffset? LeaseExpiresAt { get; private set; }
    /// <summary>Created by the clinic's settings rather than by staff.</summary>
    public bool Automatic { get; private set; }
    public int Version { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public uint RowVersion { get; private set; }

    /// <summary>
    /// The W3C trace context of the request or event that created the reminder: its delivery, maybe days later, is
    /// traced as part of that trace.
    /// </summary>
    public string? TraceParent { get; private set; }

    /// <summary>The tracestate that goes with <see cref="TraceParent"/>, if any.</summary>
    public string? TraceState { get; private set; }

    public Appointment? Appointment { get; private set; }

    public bool IsPending => Status == ReminderStatuses.Pending;

    public bool IsSending => Status == StoredReminderStatuses.Sending;

    public static Reminder Create(Guid appointmentId, string type, string purpose, DateTimeOffset sendAt, string? note,
        bool automatic, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(now),
        AppointmentId = appointmentId,
        Type = type,
        Purpose = purpose,
        SendAt = sendAt.ToUniversalTime(),
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        Automatic = automatic,
        Status = ReminderStatuses.Pending,
        Version = 1,
        CreatedAt = now.ToUniversalTime(),
        TraceParent = StoredTraceContext.CurrentParent(),
        TraceState = StoredTraceContext.CurrentState(),
    };

    public void Cancel()
    {
        EnsurePending("cancelled");
        Status = ReminderStatuses.Cancelled;
        NextAttemptAt = null;
        Version++;
    }

    /// <summary>Moves a pending reminder to a new due time; a move starts the delivery attempts afresh.</summary>
    public void MoveTo(DateTimeOffset sendAt)
    {
        EnsurePending("moved");
        SendAt = sendAt.ToUniversalTime();
        NextAttemptAt = null;
        Attempts = 0;
        LastError = null;
        Version++;
    }

    /// <summary>
    /// A dispatcher claims it for delivery until <paramref name="leaseExpiresAt"/>: nothing else changes it meanwhile
    /// (staff cannot cancel it, the appointment's events leave it alone), and its outcome is recorded only under this lease.
    /// </summary>
    public void StartSending(DateTimeOffset leaseExpiresAt)
    {
        EnsurePending("sent");
        Status = StoredReminderStatuses.Sending;
        LeaseExpiresAt = leaseExpiresAt.ToUniversalTime();
    }

    /// <summary>
    /// Not sent now, through no failure of its own (the clinic's daily cap is reached): it stays pending, with
    /// <paramref name="reason"/> for staff to see, until <paramref name="until"/>. No attempt is counted.
    /// </summary>
    public void WaitUntil(string reason, DateTimeOffset until)
    {
        EnsurePending("held back");
        LastError = Truncate(reason, MaxErrorLength);
        NextAttemptAt = until.ToUniversalTime();
    }

    /// <summary>The dispatcher delivered it through <paramref name="channel"/>.</summary>
    public void MarkDelivered(string channel, DateTimeOffset at)
    {
        EnsureSending();
        Status = ReminderStatuses.Sent;
        SentAt = at.ToUniversalTime();
        Channel = channel;
        NextAttemptAt = null;
        LeaseExpiresAt = null;
        Version++;
    }

    /// <summary>
    /// The lease ran out with no outcome recorded: the dispatcher stopped (or lost its database) after it began sending,
    /// so the message may or may not have gone out. Sending it again could reach the patient twice, so it is failed
    /// with an error that says so, for staff to check.
    /// </summary>
    public void MarkDeliveryUnknown(DateTimeOffset leaseExpiredAt)
    {
        EnsureSending();
        Status = ReminderStatuses.Failed;
        Attempts++;
        LastError = $"Delivery unknown: sending began but its outcome was never recorded (lease expired {leaseExpiredAt:u}). "
            + "It was not sent again, so the patient may or may not have received it; please check with them.";
        NextAttemptAt = null;
        LeaseExpiresAt = null;
        Version++;
    }

    /// <summary>
    /// One delivery attempt failed (while sending, or before it when the message could not even be addressed). Below <paramref name="maxAttempts"/> the reminder stays pending and is tried again
    /// after <paramref name="backoff"/>; at the limit, or when <paramref name="permanent"/>, it is failed. True when failed.
    /// <paramref name="error"/> is the plain reason staff read; a pending one says it will be tried again.
    /// </summary>
    public bool RecordFailedAttempt(string? channel, string error, DateTimeOffset now, int maxAttempts, TimeSpan backoff, bool permanent)
    {
        if (!IsSending)
        {
            EnsurePending("failed");
        }

        LeaseExpiresAt = null;
        Status = ReminderStatuses.Pending;
        Attempts++;
        LastError = Truncate(error, MaxErrorLength);
        Channel = channel;
        if (permanent || Attempts >= maxAttempts)
        {
            Status = ReminderStatuses.Failed;
            NextAttemptAt = null;
        }
        else
        {
            NextAttemptAt = (now + backoff).ToUniversalTime();
            LastError = Truncate($"{error} It will be tried again.", MaxErrorLength);
        }

        Version++;
        return Status == ReminderStatuses.Failed;
    }

    /// <summary>
    /// Nobody can be reached for it any more (the patient's contact details were erased): failed for good, with
    /// <paramref name="reason"/> for staff, no attempt counted.
    /// </summary>
    public void MarkUndeliverable(string reason)
    {
        EnsurePending("failed");
        Status = ReminderStatuses.Failed;
        LastError = Truncate(reason, MaxErrorLength);
        NextAttemptAt = null;
        Version++;
    }

    /// <summary>Staff made the call: call reminders only.</summary>
    public void MarkCalled(DateTimeOffset at, string? note)
    {
        EnsureCall();
        EnsurePending("marked sent");
        Status = ReminderStatuses.Sent;
        SentAt = at.ToUniversalTime();
        Channel = "staff";
        AddNote(note);
        Version++;
    }

    /// <summary>Staff could not reach the patient: call reminders only.</summary>
    public void MarkCallFailed(string? note)
    {
        EnsureCall();
        EnsurePending("marked failed");
        Status = ReminderStatuses.Failed;
        Attempts++;
        Channel = "staff";
        LastError = string.IsNullOrWhiteSpace(note) ? "Staff could not reach the patient." : Truncate(note.Trim(), MaxErrorLength);
        AddNote(note);
        Version++;
    }

    private void AddNote(string? note)
    {
        if (string.IsNullOrWhiteSpace(note))
        {
            return;
        }

        Note = Truncate(Note is null ? note.Trim() : $"{Note}\n{note.Trim()}", MaxNoteLength * 2);
    }

    private void EnsureCall()
    {
        if (Type != ReminderTypes.Call)
        {
            throw new RuleViolationException(
                $"Only call reminders are marked by staff; this {Type} reminder is delivered by the service.");
        }
    }

    private void EnsureSending()
    {
        if (!IsSending)
        {
            throw new InvalidOperationException($"Reminder {Id} is {Status}, not being sent: no delivery outcome can be recorded for it.");
        }
    }

    private void EnsurePending(string action)
    {
        if (IsSending)
        {
            throw new RuleViolationException($"This reminder is being sent right now, so it cannot be {action}.");
        }

        if (!IsPending)
        {
            throw new RuleViolationException($"A {Status} reminder cannot be {action}; only a pending one can.");
        }
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}
