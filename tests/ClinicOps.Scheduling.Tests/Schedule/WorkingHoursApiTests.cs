using System.Net;
using System.Net.Http.Json;
using System.Text;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Schedule;

[Collection(SchedulingCollection.Name)]
public sealed class WorkingHoursApiTests(SchedulingFactory factory)
{
    [Fact]
    public async Task A_doctors_week_is_stored_as_given_and_read_back_monday_first_with_each_days_intervals_sorted()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();

        var saved = await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week(
            ("friday", ["08:00-12:00"]), ("monday", ["14:00-18:00", "09:00-12:30"]), ("sunday", []), ("saturday", ["20:00-24:00"])));
        var read = await clinic.Client.GetFromJsonAsync<WorkingHoursResponse>($"/api/doctors/{doctor.Id}/working-hours");

        Assert.Equal(["monday", "friday", "saturday"], read!.Week.Select(d => d.Day));
        Assert.Equal([new IntervalResponse("09:00", "12:30"), new IntervalResponse("14:00", "18:00")], read.Week[0].Intervals);
        Assert.Equal(new IntervalResponse("20:00", "24:00"), Assert.Single(read.Week[2].Intervals));
        Assert.Equal(doctor.Id, read.DoctorId);
        Assert.Equal(saved.Week.SelectMany(d => d.Intervals), read.Week.SelectMany(d => d.Intervals));
    }

    [Fact]
    public async Task Setting_the_week_again_replaces_it_and_an_empty_week_means_any_time()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.EveryDay("09:00-17:00"));

        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week(("tuesday", ["10:00-11:00"])));
        var replaced = await clinic.Client.GetFromJsonAsync<WorkingHoursResponse>($"/api/doctors/{doctor.Id}/working-hours");
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.Week());
        var cleared = await clinic.Client.GetFromJsonAsync<WorkingHoursResponse>($"/api/doctors/{doctor.Id}/working-hours");

        Assert.Equal("tuesday", Assert.Single(replaced!.Week).Day);
        Assert.Empty(cleared!.Week);
    }

    [Fact]
    public async Task A_new_doctor_has_no_hours()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();

        var hours = await clinic.Client.GetFromJsonAsync<WorkingHoursResponse>($"/api/doctors/{doctor.Id}/working-hours");

        Assert.Empty(hours!.Week);
    }

    public static TheoryData<string, string> InvalidWeeks => new()
    {
        { "week[0].intervals[0].end", """{"week":[{"day":"monday","intervals":[{"start":"12:00","end":"09:00"}]}]}""" },
        { "week[0].intervals[0].end", """{"week":[{"day":"monday","intervals":[{"start":"09:00","end":"09:00"}]}]}""" },
        { "week[0].intervals[0].start", """{"week":[{"day":"monday","intervals":[{"start":"07:03","end":"09:00"}]}]}""" },
        { "week[0].intervals[1].end", """{"week":[{"day":"monday","intervals":[{"start":"07:00","end":"08:00"},{"start":"09:00","end":"10:59"}]}]}""" },
        { "week[0].intervals", """{"week":[{"day":"monday","intervals":[{"start":"09:00","end":"12:30"},{"start":"12:00","end":"14:00"}]}]}""" },
        { "week[1].day", """{"week":[{"day":"monday","intervals":[]},{"day":"funday","intervals":[]}]}""" },
        { "week[0].day", """{"week":[{"day":"Monday","intervals":[]}]}""" },
        { "week[1].day", """{"week":[{"day":"monday","intervals":[]},{"day":"monday","intervals":[]}]}""" },
        { "week[0].intervals[0].start", """{"week":[{"day":"monday","intervals":[{"start":"9:00","end":"12:00"}]}]}""" },
        { "week[0].intervals[0].start", """{"week":[{"day":"monday","intervals":[{"start":"24:00","end":"24:00"}]}]}""" },
        { "week[0].intervals[0].end", """{"week":[{"day":"monday","intervals":[{"start":"23:00","end":"24:30"}]}]}""" },
        { "week[0].intervals[0].start", """{"week":[{"day":"monday","intervals":[{"end":"12:00"}]}]}""" },
        { "week", """{}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidWeeks))]
    public async Task A_week_with_a_bad_field_is_400_naming_it_and_changes_nothing(string field, string json)
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.EveryDay("09:00-17:00"));
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        await (await clinic.Client.PutAsync($"/api/doctors/{doctor.Id}/working-hours", content)).ShouldBeInvalidAsync(field);

        var hours = await clinic.Client.GetFromJsonAsync<WorkingHoursResponse>($"/api/doctors/{doctor.Id}/working-hours");
        Assert.Equal(7, hours!.Week.Count);
    }

    [Fact]
    public async Task Every_bad_interval_of_a_week_is_named_at_once()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();

        var response = await clinic.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}/working-hours",
            ScheduleApi.Week(("monday", ["07:03-09:00"]), ("tuesday", ["12:00-09:00"]), ("friday", ["09:00-12:00", "11:00-13:00"])));

        var problem = await response.ShouldBeInvalidAsync("week[0].intervals[0].start");
        Assert.Contains("week[1].intervals[0].end", problem.Errors.Keys);
        Assert.Contains("week[2].intervals", problem.Errors.Keys);
        Assert.Contains("09:00–12:00 and 11:00–13:00", problem.Errors["week[2].intervals"][0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_clinics_or_an_unknown_doctors_hours_are_404()
    {
        var owner = await factory.NewClinicAsync();
        var stranger = await factory.NewClinicAsync();
        var doctor = await owner.Client.AddDoctorAsync();
        await owner.Client.SetHoursAsync(doctor.Id, ScheduleApi.EveryDay("09:00-17:00"));

        foreach (var id in new[] { doctor.Id, Guid.CreateVersion7() })
        {
            var read = await (await stranger.Client.GetAsync($"/api/doctors/{id}/working-hours")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("Doctor not found.", read.Detail);
            await (await stranger.Client.PutAsJsonAsync($"/api/doctors/{id}/working-hours", ScheduleApi.Week()))
                .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        }

        var hours = await owner.Client.GetFromJsonAsync<WorkingHoursResponse>($"/api/doctors/{doctor.Id}/working-hours");
        Assert.Equal(7, hours!.Week.Count);
    }

    [Theory]
    [InlineData("owner", HttpStatusCode.OK)]
    [InlineData("receptionist", HttpStatusCode.OK)]
    [InlineData("doctor", HttpStatusCode.Forbidden)]
    public async Task Owners_and_receptionists_set_hours_and_doctors_may_not(string role, HttpStatusCode expected)
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var staff = factory.As(clinic, role);

        var put = await staff.PutAsJsonAsync($"/api/doctors/{doctor.Id}/working-hours", ScheduleApi.Week(("monday", ["09:00-12:00"])));
        var get = await staff.GetAsync($"/api/doctors/{doctor.Id}/working-hours");

        if (expected == HttpStatusCode.OK)
        {
            await put.ReadAsync<WorkingHoursResponse>(HttpStatusCode.OK);
        }
        else
        {
            await put.ShouldBeProblemAsync(expected);
            Assert.Empty((await clinic.Client.GetFromJsonAsync<WorkingHoursResponse>($"/api/doctors/{doctor.Id}/working-hours"))!.Week);
        }

        await get.ReadAsync<WorkingHoursResponse>(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Removing_a_doctor_removes_their_hours_and_time_off()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        await clinic.Client.SetHoursAsync(doctor.Id, ScheduleApi.EveryDay("09:00-17:00"));
        await clinic.Client.AddTimeOffAsync(doctor.Id, Times.Future(days: 3), Times.Future(days: 4), "holiday");

        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/doctors/{doctor.Id}")).StatusCode);

        await (await clinic.Client.GetAsync($"/api/doctors/{doctor.Id}/working-hours")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Equal(0, await factory.QueryAsync(clinic.Id, db => Task.FromResult(db.WorkingIntervals.Count() + db.TimeOff.Count())));
    }
}
