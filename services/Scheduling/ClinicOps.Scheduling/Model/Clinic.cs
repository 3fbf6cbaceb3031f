using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// What scheduling knows of a clinic, kept from identity's ClinicRegistered / ClinicUpdated events: its time zone
/// gives the country for phone numbers, "today" for dates of birth and the wall clock of working hours; its slot step
/// is the grid of free slots.
/// </summary>
public sealed class Clinic : ITenantOwned
{
    public const int DefaultSlotStepMinutes = 15;
    public const int MinSlotStepMinutes = 5;
    public const int MaxSlotStepMinutes = 60;

    private Clinic()
    {
    }

    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    /// <summary>IANA id, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; private set; } = "";
    public int SlotStepMinutes { get; private set; } = DefaultSlotStepMinutes;
    /// <summary>OccurredAt of the event last applied; older events are ignored.</summary>
    public DateTimeOffset ChangedAt { get; private set; }

    /// <param name="slotStepMinutes">Null keeps the default (an event without it).</param>
    public static Clinic From(string name, string timeZone, int? slotStepMinutes, DateTimeOffset changedAt) =>
        new() { Name = name, TimeZone = timeZone, SlotStepMinutes = slotStepMinutes ?? DefaultSlotStepMinutes, ChangedAt = changedAt };

    /// <summary>
    /// Applies a newer snapshot; returns false for one older than what is held (reordered delivery). A snapshot without a
    /// slot step keeps the one held.
    /// </summary>
    public bool Apply(string name, string timeZone, int? slotStepMinutes, DateTimeOffset changedAt)
    {
        if (changedAt < ChangedAt)
        {
            return false;
        }

        Name = name;
        TimeZone = timeZone;
        SlotStepMinutes = slotStepMinutes ?? SlotStepMinutes;
        ChangedAt = changedAt;
        return true;
    }
}
