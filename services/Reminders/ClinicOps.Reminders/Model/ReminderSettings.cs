using ClinicOps.Contracts.Reminders;
using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Reminders.Model;

/// <summary>A clinic's rules for automatic reminders; a clinic without a row uses <see cref="Defaults"/>.</summary>
public sealed class ReminderSettings : ITenantOwned, IAudited
{
    public const int MaxLeadTimes = 5;
    public const int MaxLeadTimeMinutes = 30 * 24 * 60;
    public const int MaxFollowUpAfterDays = 365;

    public Guid ClinicId { get; set; }
    public int[] LeadTimesMinutes { get; private set; } = [24 * 60];
    /// <summary>email | sms: email is used only when the patient has an email address.</summary>
    public string DefaultType { get; private set; } = ReminderTypes.Email;
    public int? FollowUpAfterDays { get; private set; }
    public string FollowUpType { get; private set; } = ReminderTypes.Call;
    public uint RowVersion { get; private set; }

    public static ReminderSettings Defaults() => new();

    public static IReadOnlyList<string> DefaultTypes { get; } = [ReminderTypes.Email, ReminderTypes.Sms];

    public void Update(IEnumerable<int> leadTimesMinutes, string defaultType, int? followUpAfterDays, string followUpType)
    {
        LeadTimesMinutes = [.. leadTimesMinutes.Order()];
        DefaultType = defaultType;
        FollowUpAfterDays = followUpAfterDays;
        FollowUpType = followUpType;
    }

    /// <summary>The type of an automatic reminder for a patient: email needs an address, sms works with the phone.</summary>
    public static string TypeFor(string preferred, string? patientEmail) =>
        preferred == ReminderTypes.Email && string.IsNullOrWhiteSpace(patientEmail) ? ReminderTypes.Sms : preferred;
}
