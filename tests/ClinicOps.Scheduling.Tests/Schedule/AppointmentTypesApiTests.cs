using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Schedule;

[Collection(SchedulingCollection.Name)]
public sealed class AppointmentTypesApiTests(SchedulingFactory factory)
{
    [Fact]
    public async Task A_type_is_created_with_its_location_and_etag_and_listed_by_name()
    {
        var clinic = await factory.NewClinicAsync();

        var response = await clinic.Client.PostAsJsonAsync("/api/appointment-types",
            new { name = "  Check-up ", durationMinutes = 45, price = 80, color = "#1e90ff" });
        var checkUp = await response.ReadAsync<AppointmentTypeResponse>(HttpStatusCode.Created);
        var acupuncture = await clinic.Client.AddTypeAsync("Acupuncture", 60);

        Assert.Equal(("Check-up", 45, 80.00m, "#1E90FF", false), (checkUp.Name, checkUp.DurationMinutes, checkUp.Price, checkUp.Color, checkUp.Archived));
        Assert.Contains("\"price\":80.00", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal($"/api/appointment-types/{checkUp.Id}", response.Headers.Location?.OriginalString);
        Assert.NotNull(response.Headers.ETag);
        var list = await clinic.Client.GetFromJsonAsync<PagedResult<AppointmentTypeResponse>>("/api/appointment-types");
        Assert.Equal([acupuncture.Id, checkUp.Id], list!.Items.Select(t => t.Id));
        Assert.Null(acupuncture.Price);
        Assert.Null(acupuncture.Color);
    }

    [Fact]
    public async Task Names_are_unique_per_clinic_ignoring_case_but_not_across_clinics()
    {
        var clinic = await factory.NewClinicAsync();
        var other = await factory.NewClinicAsync();
        await clinic.Client.AddTypeAsync("Check-up");

        var taken = await clinic.Client.PostAsJsonAsync("/api/appointment-types", new { name = "CHECK-UP", durationMinutes = 20 });
        var problem = await taken.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        await other.Client.AddTypeAsync("check-up");

        Assert.Equal("An appointment type with this name already exists.", problem.Detail);
    }

    [Fact]
    public async Task Renaming_onto_a_taken_name_is_409_and_a_stale_if_match_is_412()
    {
        var clinic = await factory.NewClinicAsync();
        await clinic.Client.AddTypeAsync("Check-up");
        var massage = await clinic.Client.AddTypeAsync("Massage", 30, 50);

        await (await clinic.Client.PutAsJsonAsync($"/api/appointment-types/{massage.Id}", new { name = "check-up", durationMinutes = 30 }))
            .ShouldBeProblemAsync(HttpStatusCode.Conflict);
        var edited = await (await clinic.Client.PutAsJsonAsync($"/api/appointment-types/{massage.Id}",
            new { name = "Long massage", durationMinutes = 90, price = 95.5m })).ReadAsync<AppointmentTypeResponse>(HttpStatusCode.OK);
        using var stale = new HttpRequestMessage(HttpMethod.Put, $"/api/appointment-types/{massage.Id}")
        {
            Content = JsonContent.Create(new { name = "Short massage", durationMinutes = 15 }),
        };
        stale.Headers.IfMatch.ParseAdd("\"1\"");

        await (await clinic.Client.SendAsync(stale)).ShouldBeProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal(("Long massage", 90, 95.50m), (edited.Name, edited.DurationMinutes, edited.Price));
    }

    [Fact]
    public async Task Deleting_archives_a_type_which_leaves_the_list_but_stays_readable_and_frees_its_name()
    {
        var clinic = await factory.NewClinicAsync();
        var type = await clinic.Client.AddTypeAsync("Check-up", 30, 60);

        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/appointment-types/{type.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/appointment-types/{type.Id}")).StatusCode);

        var archived = await clinic.Client.GetFromJsonAsync<AppointmentTypeResponse>($"/api/appointment-types/{type.Id}");
        Assert.True(archived!.Archived);
        Assert.Empty((await clinic.Client.GetFromJsonAsync<PagedResult<AppointmentTypeResponse>>("/api/appointment-types"))!.Items);
        var all = await clinic.Client.GetFromJsonAsync<PagedResult<AppointmentTypeResponse>>("/api/appointment-types?includeArchived=true");
        Assert.Equal(type.Id, Assert.Single(all!.Items).Id);
        await clinic.Client.AddTypeAsync("Check-up", 20, 70);
    }

    public static TheoryData<string, string> InvalidTypes => new()
    {
        { "name", """{"durationMinutes":30}""" },
        { "name", """{"name":"   ","durationMinutes":30}""" },
        { "name", $$"""{"name":"{{new string('n', 101)}}","durationMinutes":30}""" },
        { "durationMinutes", """{"name":"Visit"}""" },
        { "durationMinutes", """{"name":"Visit","durationMinutes":4}""" },
        { "durationMinutes", """{"name":"Visit","durationMinutes":481}""" },
        { "price", """{"name":"Visit","durationMinutes":30,"price":-0.01}""" },
        { "price", """{"name":"Visit","durationMinutes":30,"price":10.005}""" },
        { "price", """{"name":"Visit","durationMinutes":30,"price":10000000000}""" },
        { "color", """{"name":"Visit","durationMinutes":30,"color":"red"}""" },
        { "color", """{"name":"Visit","durationMinutes":30,"color":"#12345"}""" },
    };

    [Theory]
    [MemberData(nameof(InvalidTypes))]
    public async Task A_type_with_a_bad_field_is_400_naming_it(string field, string json)
    {
        var clinic = await factory.NewClinicAsync();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");

        await (await clinic.Client.PostAsync("/api/appointment-types", content)).ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task A_free_visit_has_a_price_of_zero()
    {
        var clinic = await factory.NewClinicAsync();

        var type = await clinic.Client.AddTypeAsync("Follow-up call", 10, 0);

        Assert.Equal(0.00m, type.Price);
    }

    [Theory]
    [InlineData("GET", "")]
    [InlineData("PUT", "")]
    [InlineData("DELETE", "")]
    public async Task Another_clinics_type_is_404_like_a_missing_one(string method, string suffix)
    {
        var owner = await factory.NewClinicAsync();
        var stranger = await factory.NewClinicAsync();
        var type = await owner.Client.AddTypeAsync("Check-up", 30, 60);

        foreach (var id in new[] { type.Id, Guid.CreateVersion7() })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/appointment-types/{id}{suffix}");
            if (method == "PUT")
            {
                request.Content = JsonContent.Create(new { name = "Taken over", durationMinutes = 5 });
            }

            var problem = await (await stranger.Client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("Appointment type not found.", problem.Detail);
        }

        Assert.Equal(type, await owner.Client.GetFromJsonAsync<AppointmentTypeResponse>($"/api/appointment-types/{type.Id}"));
        Assert.Empty((await stranger.Client.GetFromJsonAsync<PagedResult<AppointmentTypeResponse>>("/api/appointment-types"))!.Items);
    }

    [Theory]
    [InlineData("owner")]
    [InlineData("receptionist")]
    [InlineData("doctor")]
    public async Task Every_staff_role_manages_appointment_types(string role)
    {
        var clinic = await factory.NewClinicAsync();
        var staff = factory.As(clinic, role);

        var type = await staff.AddTypeAsync("Dressing change", 15, 25);
        var edited = await staff.PutAsJsonAsync($"/api/appointment-types/{type.Id}", new { name = "Dressing change", durationMinutes = 20, price = 25 });
        var archived = await staff.DeleteAsync($"/api/appointment-types/{type.Id}");

        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, archived.StatusCode);
    }
}
