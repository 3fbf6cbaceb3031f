using ClinicOps.Web.Api;

namespace ClinicOps.Web.Booking;

/// <summary>
/// A booking refused because of its time, said in words: the slot was taken meanwhile (409), or it lies outside the
/// doctor's working hours or in their time off (422, whose title names the rule and detail the hours in the way). The
/// form offers the next free times beside it.
/// </summary>
public static class BookingRefusal
{
    public const string OutsideWorkingHours = "Outside working hours";
    public const string InTimeOff = "In time off";

    public static bool IsAboutTheTime(ApiProblem problem) =>
        problem.Status == 409 || (problem.Status == 422 && problem.Title is OutsideWorkingHours or InTimeOff);

    /// <summary>The explanation, or null for a problem that is not about the time (the banner shows those).</summary>
    public static string? Explain(ApiProblem problem, bool mayBookOutsideHours)
    {
        if (!IsAboutTheTime(problem))
        {
            return null;
        }

        if (problem.Status == 409)
        {
            return $"That time is no longer free: someone booked it a moment ago. {problem.Detail} Choose one of the next free times below.";
        }

        var rule = problem.Title == InTimeOff ? "The doctor is off at that time." : "That time is outside the doctor's working hours.";
        var choice = mayBookOutsideHours
            ? "Choose one of the next free times below, or tick “Allow outside hours” to book it anyway in an urgent case."
            : "Choose one of the next free times below.";
        return $"{rule} {problem.Detail} {choice}";
    }
}
