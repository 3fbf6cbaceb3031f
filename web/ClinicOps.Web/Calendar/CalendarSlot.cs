using ClinicOps.Web.Api;

namespace ClinicOps.Web.Calendar;

/// <summary>
/// One cell of the grid: a doctor's slot of the clinic's slot step, and what the calendar knows about it.
/// </summary>
/// <param name="Working">Inside the doctor's working hours (a doctor without hours works any time).</param>
/// <param name="TimeOff">The doctor's time off overlapping the slot, if any.</param>
/// <param name="FirstOfTimeOff">The first slot of that time off in its column, where its reason is written.</param>
/// <param name="Booked">A scheduled appointment overlaps the slot.</param>
/// <param name="Past">The slot has started: nothing can be booked there any more.</param>
public sealed record CalendarSlot(
    int Row,
    int Column,
    int MinuteOfDay,
    DateTimeOffset StartsAt,
    bool Working,
    TimeOff? TimeOff,
    bool FirstOfTimeOff,
    bool Booked,
    bool Past)
{
    /// <summary>Inside hours, outside time off, not taken and still ahead: what the API offers as free.</summary>
    public bool IsFree => Working && TimeOff is null && !Booked && !Past;

    /// <summary>
    /// Whether clicking the slot opens a booking: a free slot for everyone; for owners and receptionists, who may book
    /// outside hours in an urgent case, also an empty slot outside hours or in time off.
    /// </summary>
    public bool CanBook(bool mayBookOutsideHours) => IsFree || (mayBookOutsideHours && !Booked && !Past);

    public string Time => WorkingInterval.Format(MinuteOfDay);
}
