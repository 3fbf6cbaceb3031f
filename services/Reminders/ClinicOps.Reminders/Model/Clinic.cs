using ClinicOps.Contracts.Identity;
using ClinicOps.Messaging;

namespace ClinicOps.Reminders.Model;

/// <summary>Replica of identity's clinic: what a reminder message needs (name, time zone).</summary>
public sealed class Clinic : ReplicatedClinic
{
    public string Name { get; private set; } = "";

    /// <summary>IANA id, e.g. America/New_York.</summary>
    public string TimeZone { get; private set; } = "UTC";

    protected override void Copy(ClinicSnapshot clinic)
    {
        Name = clinic.Name;
        TimeZone = clinic.TimeZone;
    }
}
