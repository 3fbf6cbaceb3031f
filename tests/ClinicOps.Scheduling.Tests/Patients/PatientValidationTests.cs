using System.Net.Http.Json;
using ClinicOps.Scheduling.Tests.Infrastructure;

namespace ClinicOps.Scheduling.Tests.Patients;

[Collection(SchedulingCollection.Name)]
public sealed class PatientValidationTests(SchedulingFactory factory)
{
    public static TheoryData<string, object> InvalidPatients => new()
    {
        { "name", new { phone = "+49 30 12345678" } },
        { "name", new { name = new string('a', 201), phone = "+49 30 12345678" } },
        { "phone", new { name = "A" } },
        { "phone", new { name = "A", phone = "   " } },
        { "phone", new { name = "A", phone = "+49 1" } },
        { "phone", new { name = "A", phone = "call me" } },
        { "email", new { name = "A", phone = "+49 30 12345678", email = "grace@" } },
        { "email", new { name = "A", phone = "+49 30 12345678", email = "two@a.com, b@c.com" } },
        { "dateOfBirth", new { name = "A", phone = "+49 30 12345678", dateOfBirth = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(3)) } },
        { "dateOfBirth", new { name = "A", phone = "+49 30 12345678", dateOfBirth = new DateOnly(1850, 1, 1) } },
    };

    [Theory]
    [MemberData(nameof(InvalidPatients))]
    public async Task Registering_a_patient_with_an_invalid_field_is_400_naming_it(string field, object body)
    {
        var clinic = await factory.NewClinicAsync();
        await (await clinic.Client.PostAsJsonAsync("/api/patients", body)).ShouldBeInvalidAsync(field);
    }

    [Theory]
    [MemberData(nameof(InvalidPatients))]
    public async Task Replacing_a_patient_with_an_invalid_field_is_400_naming_it(string field, object body)
    {
        var clinic = await factory.NewClinicAsync();
        var patient = await clinic.Client.AddPatientAsync();
        await (await clinic.Client.PutAsJsonAsync($"/api/patients/{patient.Id}", body)).ShouldBeInvalidAsync(field);
    }

    [Fact]
    public async Task A_date_of_birth_in_a_bad_format_is_400()
    {
        var clinic = await factory.NewClinicAsync();
        var response = await clinic.Client.PostAsJsonAsync("/api/patients", new { name = "A", phone = Phones.NewE164(), dateOfBirth = "31.01.1990" });
        await response.ShouldBeProblemAsync(System.Net.HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Date_of_birth_is_judged_by_today_in_the_clinics_time_zone()
    {
        // Kiritimati (UTC+14) is always at least one calendar day ahead of Pago Pago (UTC-11).
        var kiritimati = TimeZoneInfo.FindSystemTimeZoneById("Pacific/Kiritimati");
        var todayInKiritimati = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, kiritimati).DateTime);
        var ahead = await factory.NewClinicAsync("Pacific/Kiritimati");
        var behind = await factory.NewClinicAsync("Pacific/Pago_Pago");

        var accepted = await ahead.Client.PostAsJsonAsync("/api/patients", new { name = "A", phone = Phones.NewE164(), dateOfBirth = todayInKiritimati });
        Assert.Equal(System.Net.HttpStatusCode.Created, accepted.StatusCode);

        var refused = await behind.Client.PostAsJsonAsync("/api/patients", new { name = "A", phone = Phones.NewE164(), dateOfBirth = todayInKiritimati });
        await refused.ShouldBeInvalidAsync("dateOfBirth");
    }
}
