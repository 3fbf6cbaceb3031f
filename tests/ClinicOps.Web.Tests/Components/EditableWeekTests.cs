using ClinicOps.Web.Api;
using ClinicOps.Web.Schedule;

namespace ClinicOps.Web.Tests.Components;

public sealed class EditableWeekTests
{
    [Fact]
    public void A_week_goes_to_the_api_as_the_days_with_hours_and_midnight_as_24_00()
    {
        var week = EditableWeek.From(new WorkingHours(Guid.Empty,
        [
            new WorkingDay("monday", [new WorkingInterval("09:00", "12:30"), new WorkingInterval("14:00", "18:00")]),
            new WorkingDay("friday", [new WorkingInterval("20:00", "24:00")]),
        ]));

        var sent = week.ToWeek();

        Assert.Equal(7, week.Days.Count);
        Assert.Equal(["monday", "friday"], sent.Select(d => d.Day));
        Assert.Equal(new WorkingInterval("14:00", "18:00"), sent[0].Intervals[1]);
        Assert.Equal(new WorkingInterval("20:00", "24:00"), sent[1].Intervals[0]);
    }

    [Fact]
    public void The_apis_errors_land_next_to_the_interval_they_name_counting_only_the_days_sent()
    {
        var week = EditableWeek.From(new WorkingHours(Guid.Empty,
        [
            new WorkingDay("tuesday", [new WorkingInterval("09:00", "12:00")]),
            new WorkingDay("thursday", [new WorkingInterval("09:00", "12:00"), new WorkingInterval("11:00", "13:00")]),
        ]));

        var (byKey, unplaced) = week.Place(new Dictionary<string, string[]>
        {
            ["week[1].intervals[1].start"] = ["Intervals of a day must not overlap."],
            ["week[0]"] = ["Something about Tuesday."],
            ["somethingElse"] = ["Elsewhere."],
        });

        Assert.Equal(["Intervals of a day must not overlap."], byKey["thursday/1"]);
        Assert.Equal(["Something about Tuesday."], byKey["tuesday"]);
        Assert.Equal(["Elsewhere."], unplaced);
    }

    [Fact]
    public void An_interval_with_a_time_missing_is_named_before_anything_is_sent()
    {
        var week = EditableWeek.From(WorkingHours.None(Guid.Empty));
        week.Days[2].Intervals.Add(new EditableInterval { Start = new TimeOnly(9, 0) });

        Assert.Equal(["wednesday/0"], week.Incomplete().Keys);
    }
}
