using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;

namespace ClinicOps.Scheduling.Model;

/// <summary>
/// What scheduling knows of a clinic, kept from identity's ClinicRegistered / ClinicUpdated events: its time zone
/// gives the country for phone numbers, "today" for dates of birth and the wall clock of working hours; its slot step
/// is the grid of free slots.
/// </summary>
public sealed class Clinic : ReplicatedClinic
{
    public const int DefaultSlotStepMinutes = 15;
    public const int MinSlotStepMinutes = 5;
    public const int MaxSlotStepMinutes = 60;

    public string Name { get; private set; } = "";
    /// <summary>IANA id, e.g. Europe/Berlin.</summary>
    public string TimeZone { get; private set; } = "";
    public int SlotStepMinutes { get; private set; } = DefaultSlotStepMinutes;

    /// <summary>A snapshot without a slot step keeps the one held.</summary>
    protected override void Copy(ClinicSnapshot clinic)
    {
        Name = clinic.Name;
        TimeZone = clinic.TimeZone;
        SlotStepMinutes = clinic.SlotStepMinutes ?? SlotStepMinutes;
    }
}
