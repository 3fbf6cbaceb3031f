namespace ClinicOps.Web.Api;

/// <summary>Adding a reminder to an appointment: how, what for, and when (a date and a time in the clinic's zone).</summary>
public sealed class ReminderForm
{
    public string Type { get; set; } = ReminderType.Sms;
    public string Purpose { get; set; } = ReminderPurpose.Upcoming;
    public DateOnly? Date { get; set; }
    public TimeOnly? Time { get; set; }
    public string? Note { get; set; }

    /// <summary>The API's field names where this form names them differently.</summary>
    public static readonly IReadOnlyDictionary<string, string> ApiFields = new Dictionary<string, string>
    {
        ["sendAt"] = nameof(Date),
    };

    /// <summary>A missing date or time is said before asking the API.</summary>
    public ApiProblem? MissingChoices() => Date is null || Time is null
        ? new ApiProblem(400, "Some details are missing", null, null,
            new Dictionary<string, string[]> { [nameof(Date)] = ["Choose the date and the time it is due."] })
        : null;
}
