using ClinicOps.ServiceDefaults.Audit;

namespace ClinicOps.Identity.Model;

/// <summary>The tenant itself: every other row of every service belongs to one clinic.</summary>
public sealed class Clinic : IAudited
{
    public const int MaxNameLength = 200;
    public const int DefaultSlotStepMinutes = 15;
    public const int MinSlotStepMinutes = 5;
    public const int MaxSlotStepMinutes = 60;

    public Guid Id { get; private set; }
    public string Name { get; private set; } = "";
    /// <summary>IANA id, e.g. "Europe/London".</summary>
    public string TimeZone { get; private set; } = "";
    /// <summary>ISO 4217 code, upper case.</summary>
    public string Currency { get; private set; } = "";
    /// <summary>The grid on which free slots are offered, in minutes: a multiple of 5 from 5 to 60.</summary>
    public int SlotStepMinutes { get; private set; } = DefaultSlotStepMinutes;
    public DateTimeOffset CreatedAt { get; private set; }

    private Clinic()
    {
    }

    public Clinic(string name, string timeZone, string currency, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        Name = name;
        TimeZone = timeZone;
        Currency = currency;
        CreatedAt = createdAt;
    }

    public void Rename(string name) => Name = name;

    public void ChangeTimeZone(string timeZone) => TimeZone = timeZone;

    public void ChangeCurrency(string currency) => Currency = currency;

    public void ChangeSlotStep(int minutes) => SlotStepMinutes = minutes;
}
