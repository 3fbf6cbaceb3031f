using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Schedule;

[Collection(SchedulingCollection.Name)]
public sealed class TimeOffApiTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Time_off_is_added_with_its_location_listed_by_start_and_removed()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var start = Times.Future(days: 10).ToOffset(TimeSpan.FromHours(2));

        var response = await clinic.Client.PostAsJsonAsync($"/api/doctors/{doctor.Id}/time-off",
            new { startsAt = start, endsAt = start.AddDays(7), reason = "  summer holiday " });
        var holiday = await response.ReadAsync<TimeOffResponse>(HttpStatusCode.Created);
        var course = await clinic.Client.AddTimeOffAsync(doctor.Id, start.AddDays(-3), start.AddDays(-2), "course");

        Assert.Equal($"/api/doctors/{doctor.Id}/time-off/{holiday.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal((doctor.Id, start, start.AddDays(7), "summer holiday"), (holiday.DoctorId, holiday.StartsAt, holiday.EndsAt, holiday.Reason));
        Assert.Equal(TimeSpan.Zero, holiday.StartsAt.Offset);
        var list = await clinic.Client.GetFromJsonAsync<PagedResult<TimeOffResponse>>($"/api/doctors/{doctor.Id}/time-off");
        Assert.Equal([course.Id, holiday.Id], list!.Items.Select(t => t.Id));

        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/doctors/{doctor.Id}/time-off/{holiday.Id}")).StatusCode);
        await (await clinic.Client.DeleteAsync($"/api/doctors/{doctor.Id}/time-off/{holiday.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var after = await clinic.Client.GetFromJsonAsync<PagedResult<TimeOffResponse>>($"/api/doctors/{doctor.Id}/time-off");
        Assert.Equal([course.Id], after!.Items.Select(t => t.Id));
    }

    [Fact]
    public async Task Overlapping_time_off_is_accepted_and_the_list_filters_by_overlap()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var start = Times.Future(days: 20);
        var first = await clinic.Client.AddTimeOffAsync(doctor.Id, start, start.AddDays(2));
        var second = await clinic.Client.AddTimeOffAsync(doctor.Id, start.AddDays(1), start.AddDays(3));
        await clinic.Client.AddTimeOffAsync(doctor.Id, start.AddDays(10), start.AddDays(11));

        var list = await clinic.Client.GetFromJsonAsync<PagedResult<TimeOffResponse>>(
            $"/api/doctors/{doctor.Id}/time-off?from={Uri.EscapeDataString(start.AddDays(1.5).ToString("O"))}&to={Uri.EscapeDataString(start.AddDays(5).ToString("O"))}");

        Assert.Equal([first.Id, second.Id], list!.Items.Select(t => t.Id));
    }

    public static TheoryData<string, string> InvalidTimeOff => new()
    {
        { "endsAt", """{"startsAt":"{start}","endsAt":"{before}"}""" },
        { "endsAt", """{"startsAt":"{start}","endsAt":"{start}"}""" },
        { "startsAt", """{"endsAt":"{start}"}""" },
        { "endsAt", """{"startsAt":"{start}"}""" },
        { "endsAt", """{"startsAt":"{start}","endsAt":"9999-12-31T23:59:59Z"}""" },
        { "startsAt", """{"startsAt":"0001-01-01T00:00:00Z","endsAt":"{start}"}""" },
        { "reason", """{"startsAt":"{start}","endsAt":"{after}","reason":"{long}"}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidTimeOff))]
    public async Task Time_off_with_a_bad_field_is_400_naming_it(string field, string template)
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var start = Times.Future(days: 3);
        var json = template.Replace("{start}", start.ToString("O")).Replace("{before}", start.AddHours(-1).ToString("O"))
            .Replace("{after}", start.AddHours(1).ToString("O")).Replace("{long}", new string('r', 201));
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        await (await clinic.Client.PostAsync($"/api/doctors/{doctor.Id}/time-off", content)).ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task Another_clinics_doctor_or_time_off_is_404()
    {
        var owner = await factory.NewClinicAsync();
        var stranger = await factory.NewClinicAsync();
        var doctor = await owner.Client.AddDoctorAsync();
        var strangersDoctor = await stranger.Client.AddDoctorAsync();
        var off = await owner.Client.AddTimeOffAsync(doctor.Id, Times.Future(days: 5), Times.Future(days: 6));

        await (await stranger.Client.GetAsync($"/api/doctors/{doctor.Id}/time-off")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PostAsJsonAsync($"/api/doctors/{doctor.Id}/time-off",
            new { startsAt = Times.Future(days: 7), endsAt = Times.Future(days: 8) })).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/doctors/{doctor.Id}/time-off/{off.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/doctors/{strangersDoctor.Id}/time-off/{off.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        var list = await owner.Client.GetFromJsonAsync<PagedResult<TimeOffResponse>>($"/api/doctors/{doctor.Id}/time-off");
        Assert.Equal([off.Id], list!.Items.Select(t => t.Id));
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("receptionist")]
    [InlineData("doctor")]
    public async Task Every_staff_role_records_and_removes_time_off(string role)
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var staff = factory.As(clinic, role);

        var off = await staff.AddTimeOffAsync(doctor.Id, Times.Future(days: 2), Times.Future(days: 3), "conference");
        var list = await staff.GetFromJsonAsync<PagedResult<TimeOffResponse>>($"/api/doctors/{doctor.Id}/time-off");
        var removed = await staff.DeleteAsync($"/api/doctors/{doctor.Id}/time-off/{off.Id}");

        Assert.Equal(1, list!.TotalCount);
        Assert.Equal(HttpStatusCode.NoContent, removed.StatusCode);
    }
}
