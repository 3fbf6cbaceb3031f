using ClinicOps.Web.Api;
using ClinicOps.Web.Booking;

namespace ClinicOps.Web.Tests.Components;

public sealed class BookingRefusalTests
{
    [Fact]
    public void A_slot_taken_meanwhile_is_explained_with_the_apis_reason()
    {
        var taken = Problem(409, "Conflict", "The doctor already has a scheduled appointment that overlaps this time.");

        var text = BookingRefusal.Explain(taken, mayBookOutsideHours: true);

        Assert.Equal("That time is no longer free: someone booked it a moment ago. The doctor already has a scheduled appointment that " +
            "overlaps this time. Choose one of the next free times below.", text);
    }

    [Fact]
    public void A_time_outside_hours_offers_the_override_only_to_those_who_may_use_it()
    {
        var outside = Problem(422, BookingRefusal.OutsideWorkingHours, "The appointment (2027-03-09 07:00–07:30 Europe/Berlin) is outside Dr Grace's working hours.");

        Assert.Contains("“Allow outside hours”", BookingRefusal.Explain(outside, mayBookOutsideHours: true), StringComparison.Ordinal);
        Assert.DoesNotContain("Allow outside hours", BookingRefusal.Explain(outside, mayBookOutsideHours: false), StringComparison.Ordinal);
        Assert.StartsWith("That time is outside the doctor's working hours. The appointment (2027-03-09 07:00–07:30",
            BookingRefusal.Explain(outside, mayBookOutsideHours: false), StringComparison.Ordinal);
    }

    [Fact]
    public void Time_off_is_named_as_such_and_other_problems_are_left_to_the_banner()
    {
        var off = Problem(422, BookingRefusal.InTimeOff, "The appointment falls in Dr Grace's time off (holiday).");

        Assert.StartsWith("The doctor is off at that time.", BookingRefusal.Explain(off, false), StringComparison.Ordinal);
        Assert.Null(BookingRefusal.Explain(Problem(422, "Unprocessable Entity", "The appointment type is archived."), false));
        Assert.Null(BookingRefusal.Explain(Problem(400, "Bad Request", "Check the fields."), false));
    }

    private static ApiProblem Problem(int status, string title, string detail) => new(status, title, detail, "trace", new Dictionary<string, string[]>());
}
