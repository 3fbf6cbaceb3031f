namespace ClinicOps.Scheduling.Services;

/// <summary>Which schedule rule a slot breaks: the problem's title names the rule, its detail the hours or time off in the way.</summary>
public sealed record ScheduleBreach(string Title, string Detail)
{
    public const string OutsideWorkingHours = "Outside working hours";
    public const string InTimeOff = "In time off";
}
