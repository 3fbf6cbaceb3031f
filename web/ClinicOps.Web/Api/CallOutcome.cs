namespace ClinicOps.Web.Api;

/// <summary>What happened when the front desk made a call: the button pressed, and an optional note.</summary>
public sealed class CallOutcome
{
    public const string Called = "called";
    public const string NotReached = "not-reached";

    /// <summary>The API's note limit; the input stops there so nothing typed is lost to a refusal.</summary>
    public const int MaxNoteLength = 300;

    public string? Outcome { get; set; }
    public string? Note { get; set; }
}
