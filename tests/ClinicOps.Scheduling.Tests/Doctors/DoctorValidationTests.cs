using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Doctors;

[Collection(SchedulingCollection.Name)]
public sealed class DoctorValidationTests(SchedulingFactory factory)
{
    public static TheoryData<string, object> InvalidDoctors => new()
    {
        { "name", new { specialization = "cardiology" } },
        { "name", new { name = "  ", specialization = "cardiology" } },
        { "name", new { name = new string('a', 201), specialization = "cardiology" } },
        { "specialization", new { name = "Dr. A" } },
        { "specialization", new { name = "Dr. A", specialization = new string('s', 101) } },
        { "email", new { name = "Dr. A", specialization = "x", email = "not-an-email" } },
        { "email", new { name = "Dr. A", specialization = "x", email = "Ada <ada@example.com>" } },
        { "phone", new { name = "Dr. A", specialization = "x", phone = "12" } },
        { "phone", new { name = "Dr. A", specialization = "x", phone = "+49 abc" } },
    };

    [Theory]
    [MemberData(nameof(InvalidDoctors))]
    public async Task Registering_a_doctor_with_an_invalid_field_is_400_naming_it(string field, object body)
    {
        var clinic = await factory.NewClinicAsync();
        await (await clinic.Client.PostAsJsonAsync("/api/doctors", body)).ShouldBeInvalidAsync(field);
    }

    [Theory]
    [MemberData(nameof(InvalidDoctors))]
    public async Task Replacing_a_doctor_with_an_invalid_field_is_400_naming_it(string field, object body)
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        await (await clinic.Client.PutAsJsonAsync($"/api/doctors/{doctor.Id}", body)).ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task A_malformed_body_is_400_not_500()
    {
        var clinic = await factory.NewClinicAsync();
        using var content = new StringContent("{\"name\": 12", System.Text.Encoding.UTF8, "application/json");
        await (await clinic.Client.PostAsync("/api/doctors", content)).ShouldBeProblemAsync(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_request_without_a_token_is_401()
    {
        using var anonymous = factory.CreateClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/doctors")).StatusCode);
    }
}
