using ClinicOps.Contracts.Billing;
using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.Model;

/// <summary>
/// Money received (or expected) for one appointment. Its status moves only along the contract's transitions:
/// pending → paid, pending → failed, paid → refunded; every transition bumps <see cref="Version"/>, which the
/// payment events carry so consumers can ignore stale ones.
/// </summary>
public sealed class Payment : ITenantOwned, IAudited
{
    public const int MaxReferenceLength = 200;

    /// <summary>A payment is recorded either as still owed or as already paid; failed and refunded come later.</summary>
    public static readonly IReadOnlyList<string> InitialStatuses = [PaymentStatuses.Pending, PaymentStatuses.Paid];

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid AppointmentId { get; private set; }
    /// <summary>The appointment's doctor when the payment was recorded (analytics attributes revenue by it).</summary>
    public Guid DoctorId { get; private set; }
    public decimal Amount { get; private set; }
    public string Currency { get; private set; } = "";
    public string Method { get; private set; } = "";
    public string Status { get; private set; } = "";
    public string? Reference { get; private set; }
    public DateTimeOffset? PaidAt { get; private set; }
    public DateTimeOffset? RefundedAt { get; private set; }
    /// <summary>
    /// The appointment was deleted after this payment was recorded (the deletion and the payment crossed).
    /// The money is kept; the clinic decides what to do with it.
    /// </summary>
    public bool AppointmentDeleted { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>The user who recorded the payment (null only for payments recorded before users were kept).</summary>
    public Guid? RecordedBy { get; private set; }
    /// <summary>The user who marked it paid or failed.</summary>
    public Guid? MarkedBy { get; private set; }
    public Guid? RefundedBy { get; private set; }
    public int Version { get; private set; }
    /// <summary>PostgreSQL xmin: two concurrent transitions of one payment cannot both win.</summary>
    public uint RowVersion { get; private set; }

    private Payment()
    {
    }

    public Payment(Appointment appointment, PaymentDraft draft, string currency, DateTimeOffset now, Guid recordedBy)
    {
        if (!Payment.InitialStatuses.Contains(draft.Status))
        {
            throw new ArgumentException($"A payment cannot be recorded as {draft.Status}.", nameof(draft));
        }

        Id = Guid.CreateVersion7(now);
        AppointmentId = appointment.Id;
        DoctorId = appointment.DoctorId;
        Amount = Money.Normalize(draft.Amount ?? throw new ArgumentException("A payment is recorded with its amount.", nameof(draft)));
        Currency = currency;
        Method = draft.Method;
        Status = draft.Status;
        Reference = draft.Reference;
        PaidAt = draft.Status == PaymentStatuses.Paid ? now : null;
        CreatedAt = now;
        RecordedBy = recordedBy;
        Version = 1;
    }

    public void MarkPaid(DateTimeOffset now, Guid by)
    {
        Move(from: PaymentStatuses.Pending, to: PaymentStatuses.Paid);
        PaidAt = now;
        MarkedBy = by;
    }

    public void MarkFailed(Guid by)
    {
        Move(from: PaymentStatuses.Pending, to: PaymentStatuses.Failed);
        MarkedBy = by;
    }

    public void Refund(DateTimeOffset now, Guid by)
    {
        Move(from: PaymentStatuses.Paid, to: PaymentStatuses.Refunded);
        RefundedAt = now;
        RefundedBy = by;
    }

    public void FlagAppointmentDeleted() => AppointmentDeleted = true;

    private void Move(string from, string to)
    {
        if (Status != from)
        {
            throw new RuleViolationException(Status == PaymentStatuses.Failed && to == PaymentStatuses.Paid
                ? "A failed payment cannot be marked paid; record a new payment instead."
                : $"A {Status} payment cannot become {to}; only a {from} one can.");
        }

        Status = to;
        Version++;
    }
}
