using System.Globalization;

namespace ClinicOps.Web.Api;

/// <summary>
/// The reminder settings as typed: lead times as a comma-separated list of minutes ("1440, 120"), so any of the API's
/// lead times can be entered; the API checks them.
/// </summary>
public sealed class ReminderSettingsForm
{
    public string? LeadTimes { get; set; }
    public string DefaultType { get; set; } = ReminderType.Email;
    /// <summary>Empty: no follow-up after a completed visit.</summary>
    public int? FollowUpAfterDays { get; set; }
    public string FollowUpType { get; set; } = ReminderType.Call;

    public static readonly IReadOnlyDictionary<string, string> ApiFields = new Dictionary<string, string>
    {
        ["leadTimesMinutes"] = nameof(LeadTimes),
    };

    public static ReminderSettingsForm From(ReminderSettings settings) => new()
    {
        LeadTimes = string.Join(", ", settings.LeadTimesMinutes.Select(m => m.ToString(CultureInfo.InvariantCulture))),
        DefaultType = settings.DefaultType,
        FollowUpAfterDays = settings.FollowUpAfterDays,
        FollowUpType = settings.FollowUpType,
    };

    /// <summary>The lead times as numbers, or a field error for what is not a whole number of minutes.</summary>
    public ApiProblem? ParseLeadTimes(out int[] minutes)
    {
        var parts = (LeadTimes ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        minutes = new int[parts.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            if (!int.TryParse(parts[i], NumberStyles.None, CultureInfo.InvariantCulture, out minutes[i]))
            {
                return new ApiProblem(400, "Some details are not valid", null, null, new Dictionary<string, string[]>
                {
                    [nameof(LeadTimes)] = [$"“{parts[i]}” is not a whole number of minutes. Write the lead times as minutes, e.g. 1440, 120."],
                });
            }
        }

        return null;
    }

    public object ToBody(int[] leadTimesMinutes) => new
    {
        leadTimesMinutes,
        defaultType = DefaultType,
        followUpAfterDays = FollowUpAfterDays,
        followUpType = FollowUpType,
    };
}
