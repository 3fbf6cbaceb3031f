using ClinicOps.ServiceDefaults.Problems;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Billing.Model;

/// <summary>
/// Billing's replica of a scheduling appointment, fed by the appointment events (and, before the first event
/// arrives, by asking scheduling). It changes only to a newer <see cref="Version"/>, so redelivered and
/// reordered events converge on the same state.
/// </summary>
public sealed class Appointment : ITenantOwned
{
    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public Guid DoctorId { get; private set; }
    public Guid PatientId { get; private set; }
    public DateTimeOffset StartsAt { get; private set; }
    public string Status { get; private set; } = "";
    public bool Deleted { get; private set; }
    /// <summary>The appointment type's price when it was booked: what a payment without an amount charges.</summary>
    public decimal? Price { get; private set; }
    /// <summary>The event Version applied last; 0 when the state was fetched from scheduling's API before any event.</summary>
    public int Version { get; private set; }

    private Appointment()
    {
    }

    /// <summary>The amount a payment without one takes: the price, or 400 on `amount` when there is none to take.</summary>
    public decimal AmountDue() => Price switch
    {
        > 0 => Price.Value,
        0 => throw new ValidationException("amount", "amount is required: this appointment's type is free (price 0)."),
        _ => throw new ValidationException("amount", "amount is required: this appointment has no price to take it from."),
    };

    public Appointment(AppointmentState state)
    {
        Id = state.Id;
        Set(state);
    }

    /// <summary>Takes <paramref name="state"/> when it is newer than what is held; returns whether it did.</summary>
    public bool Apply(AppointmentState state)
    {
        if (state.Version <= Version)
        {
            return false;
        }

        Set(state);
        return true;
    }

    private void Set(AppointmentState state)
    {
        DoctorId = state.DoctorId;
        PatientId = state.PatientId;
        StartsAt = state.StartsAt.ToUniversalTime();
        Status = state.Status;
        Deleted = state.Deleted;
        Price = state.Price;
        Version = state.Version;
    }
}
