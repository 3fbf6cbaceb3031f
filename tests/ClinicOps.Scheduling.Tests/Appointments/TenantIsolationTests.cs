using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Appointments;

[Collection(SchedulingCollection.Name)]
public sealed class TenantIsolationTests(SchedulingFactory factory)
{
    [Theory]
    [InlineData("GET", "")]
    [InlineData("PATCH", "")]
    [InlineData("DELETE", "")]
    [InlineData("POST", "/complete")]
    [InlineData("POST", "/cancel")]
    [InlineData("POST", "/no-show")]
    public async Task Another_clinics_appointment_is_404_like_a_missing_one(string method, string action)
    {
        var owner = await factory.NewClinicAsync();
        var stranger = await factory.NewClinicAsync();
        var id = await factory.InsertAsync(owner, TimeSpan.FromMinutes(5));
        var before = await owner.Client.GetAppointmentAsync(id);

        foreach (var target in new[] { id, Guid.CreateVersion7() })
        {
            using var request = new HttpRequestMessage(new HttpMethod(method), $"/api/appointments/{target}{action}");
            if (method == "PATCH")
            {
                request.Content = JsonContent.Create(new { notes = "taken over" });
            }

            var problem = await (await stranger.Client.SendAsync(request)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
            Assert.Equal("Appointment not found.", problem.Detail);
        }

        Assert.Equal(before, await owner.Client.GetAppointmentAsync(id));
    }

    [Fact]
    public async Task Another_clinics_appointments_are_not_listed()
    {
        var owner = await factory.NewClinicAsync();
        var stranger = await factory.NewClinicAsync();
        var booked = await owner.Client.BookNewAsync();

        var list = await stranger.Client.GetFromJsonAsync<PagedResult<AppointmentResponse>>($"/api/appointments?doctorId={booked.DoctorId}");

        Assert.Equal(0, list!.TotalCount);
    }
}
