using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Billing.Model;

/// <summary>Billing's replica of a scheduling appointment, with the price a payment without an amount charges.</summary>
public sealed class Appointment : ReplicatedAppointment
{
    /// <summary>The appointment type's price when it was booked: what a payment without an amount charges.</summary>
    public decimal? Price { get; private set; }

    /// <summary>The amount a payment without one takes: the price, or 400 on `amount` when there is none to take.</summary>
    public decimal AmountDue() => Price switch
    {
        > 0 => Price.Value,
        0 => throw new ValidationException("amount", "amount is required: this appointment's type is free (price 0)."),
        _ => throw new ValidationException("amount", "amount is required: this appointment has no price to take it from."),
    };

    protected override void Copy(AppointmentSnapshot snapshot) => Price = snapshot.Price;

    protected override void Copy(ScheduledAppointment answer) => Price = answer.Price;
}
