using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Appointments;

[Collection(SchedulingCollection.Name)]
public sealed class ListTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Appointments_are_listed_by_start_and_filtered_by_time_doctor_patient_and_status()
    {
        var clinic = await factory.NewClinicAsync();
        var ada = await clinic.Client.AddDoctorAsync("Dr. Ada");
        var bob = await clinic.Client.AddDoctorAsync("Dr. Bob");
        var pat = await clinic.Client.AddPatientAsync("Pat");
        var sam = await clinic.Client.AddPatientAsync("Sam");
        var day = Times.Future(days: 2);
        var late = await clinic.Client.BookAsync(ada.Id, pat.Id, day.AddHours(5));
        var early = await clinic.Client.BookAsync(ada.Id, sam.Id, day.AddHours(1));
        var other = await clinic.Client.BookAsync(bob.Id, pat.Id, day.AddHours(3));
        var nextWeek = await clinic.Client.BookAsync(bob.Id, sam.Id, day.AddDays(7));
        await clinic.Client.PostAsync($"/api/appointments/{other.Id}/cancel", null);

        async Task<Guid[]> List(string query) =>
            [.. (await clinic.Client.GetFromJsonAsync<PagedResult<AppointmentResponse>>($"/api/appointments?{query}"))!.Items.Select(a => a.Id)];
        string At(DateTimeOffset time) => Uri.EscapeDataString(time.ToString("O"));

        Assert.Equal([early.Id, other.Id, late.Id, nextWeek.Id], await List(""));
        Assert.Equal([early.Id, other.Id, late.Id], await List($"from={At(day)}&to={At(day.AddDays(1))}"));
        Assert.Equal([other.Id, late.Id], await List($"from={At(day.AddHours(3))}&to={At(day.AddHours(5).AddMinutes(1))}"));
        Assert.Equal([early.Id, late.Id], await List($"doctorId={ada.Id}"));
        Assert.Equal([other.Id, late.Id], await List($"patientId={pat.Id}"));
        Assert.Equal([other.Id], await List("status=cancelled"));
        Assert.Equal([early.Id, late.Id, nextWeek.Id], await List("status=scheduled"));
        Assert.Equal([late.Id], await List($"doctorId={ada.Id}&patientId={pat.Id}&status=scheduled"));
    }

    [Fact]
    public async Task Appointments_are_paged_with_the_total_count()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        var ids = new List<Guid>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future(days: 1, hours: i))).Id);
        }

        var page = await clinic.Client.GetFromJsonAsync<PagedResult<AppointmentResponse>>("/api/appointments?page=2&pageSize=2");

        Assert.Equal(ids[2..4], page!.Items.Select(a => a.Id));
        Assert.Equal((2, 2, 5), (page.Page, page.PageSize, page.TotalCount));
    }

    [Theory]
    [InlineData("status=done")]
    [InlineData("status=Scheduled")]
    [InlineData("page=0")]
    [InlineData("pageSize=0")]
    [InlineData("pageSize=101")]
    [InlineData("from=2030-01-02T00:00:00Z&to=2030-01-01T00:00:00Z")]
    [InlineData("doctorId=nope")]
    [InlineData("from=yesterday")]
    public async Task Listing_with_a_bad_filter_is_400(string query)
    {
        var clinic = await factory.NewClinicAsync();
        await (await clinic.Client.GetAsync($"/api/appointments?{query}")).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }
}
