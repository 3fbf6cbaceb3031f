namespace ClinicOps.Reminders.Dispatching;

/// <summary>
/// Configuration section "Reminders:DailyCaps": how many sms and email reminders one clinic may send per day (its own
/// calendar day, in its time zone). They bound what a clinic account, or someone who signed up to abuse it, can make the
/// operator send and pay for. The defaults fit a clinic of 1–5 doctors: 5 doctors × about 25 visits × up to 2 reminders
/// each is 250 a day.
/// </summary>
public sealed class DailyCapOptions
{
    public const string Section = "Reminders:DailyCaps";

    public int Sms { get; set; } = 250;
    public int Email { get; set; } = 500;
}
