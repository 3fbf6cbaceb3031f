using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Patients;

[Collection(SchedulingCollection.Name)]
public sealed class PatientsApiTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Registering_a_patient_stores_the_phone_in_E164_using_the_clinics_country()
    {
        var clinic = await factory.NewClinicAsync("Europe/Berlin");

        var response = await clinic.Client.PostAsJsonAsync("/api/patients",
            new { name = "Grace Hopper", phone = "030 / 1234-5678", email = "grace@example.com", dateOfBirth = "1906-12-09" });

        var patient = await response.ReadAsync<PatientResponse>(HttpStatusCode.Created);
        Assert.Equal($"/api/patients/{patient.Id}", response.Headers.Location?.OriginalString);
        Assert.Equal(new PatientResponse(patient.Id, "Grace Hopper", "+493012345678", "grace@example.com", new DateOnly(1906, 12, 9)), patient);
    }

    [Fact]
    public async Task A_number_with_a_country_code_is_kept_in_its_own_country()
    {
        var clinic = await factory.NewClinicAsync("Europe/Berlin");
        var patient = await clinic.Client.AddPatientAsync(phone: "+44 20 7946 0018");
        Assert.Equal("+442079460018", patient.Phone);
    }

    [Theory]
    [InlineData("+44 901 234 5678", "premium-rate")]
    [InlineData("+44 800 123 4567", "toll-free")]
    [InlineData("+44 70 1234 5678", "personal redirect")]
    public async Task A_premium_rate_or_other_non_personal_number_is_refused_for_a_patient(string phone, string kind)
    {
        var clinic = await factory.NewClinicAsync("Europe/London");

        var problem = await (await clinic.Client.PostAsJsonAsync("/api/patients", new { name = "Eve", phone }))
            .ShouldBeInvalidAsync("phone");

        Assert.Equal($"phone is a {kind} number; only a personal mobile or landline number is accepted.", problem.Errors["phone"][0]);
        Assert.Equal("+447911123456", (await clinic.Client.AddPatientAsync(phone: "+44 7911 123456")).Phone);
    }

    [Fact]
    public async Task A_clinic_that_signed_up_a_moment_ago_has_numbers_without_country_code_read_in_its_country()
    {
        var clinic = await factory.NewClinicAsync(timeZone: null);
        factory.Identity.SignUpClinic(clinic.Id, "Europe/London", slotStepMinutes: 15);

        Assert.Equal("+442079460018", (await clinic.Client.AddPatientAsync(phone: "020 7946 0018")).Phone);
    }

    [Fact]
    public async Task A_number_without_country_code_is_400_while_neither_scheduling_nor_identity_knows_the_clinics_country()
    {
        var unknown = await factory.NewClinicAsync(timeZone: null);
        var problem = await (await unknown.Client.PostAsJsonAsync("/api/patients", new { name = "A", phone = "030 1234567" }))
            .ShouldBeInvalidAsync("phone");
        Assert.Contains("international format", problem.Errors["phone"][0]);

        var utc = await factory.NewClinicAsync(timeZone: "Etc/UTC");
        await (await utc.Client.PostAsJsonAsync("/api/patients", new { name = "A", phone = "030 1234567" })).ShouldBeInvalidAsync("phone");

        Assert.Equal("+493012345678", (await unknown.Client.AddPatientAsync(phone: "+49 30 12345678")).Phone);
    }

    [Fact]
    public async Task Patient_phone_is_unique_per_clinic_not_globally()
    {
        var first = await factory.NewClinicAsync("Europe/Berlin");
        var second = await factory.NewClinicAsync("Europe/Berlin");
        await first.Client.AddPatientAsync(phone: "+49 30 11112222");

        var duplicate = await first.Client.PostAsJsonAsync("/api/patients", new { name = "Other", phone = "030 11112222" });
        var problem = await duplicate.ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("phone number already exists", problem.Detail);

        var elsewhere = await second.Client.AddPatientAsync(phone: "030 11112222");
        Assert.Equal("+493011112222", elsewhere.Phone);
    }

    [Fact]
    public async Task Changing_a_patients_phone_to_another_patients_is_409()
    {
        var clinic = await factory.NewClinicAsync();
        var taken = await clinic.Client.AddPatientAsync();
        var patient = await clinic.Client.AddPatientAsync();

        var response = await clinic.Client.PutAsJsonAsync($"/api/patients/{patient.Id}", new { name = "X", phone = taken.Phone });
        await response.ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_patient_can_be_read_with_an_etag_and_replaced()
    {
        var clinic = await factory.NewClinicAsync();
        var patient = await clinic.Client.AddPatientAsync();

        var read = await clinic.Client.GetAsync($"/api/patients/{patient.Id}");
        Assert.Equal(patient, await read.ReadAsync<PatientResponse>(HttpStatusCode.OK));
        Assert.NotNull(read.Headers.ETag);

        var put = await clinic.Client.PutAsJsonAsync($"/api/patients/{patient.Id}",
            new { name = "Grace B. Hopper", phone = "+49 30 99998888", email = "g@example.org", dateOfBirth = "1990-01-31" });
        var updated = await put.ReadAsync<PatientResponse>(HttpStatusCode.OK);
        Assert.Equal(new PatientResponse(patient.Id, "Grace B. Hopper", "+493099998888", "g@example.org", new DateOnly(1990, 1, 31)), updated);
        Assert.Equal(updated, await (await clinic.Client.GetAsync($"/api/patients/{patient.Id}")).ReadAsync<PatientResponse>(HttpStatusCode.OK));
    }

    [Fact]
    public async Task Patients_are_searched_by_name_phone_or_email()
    {
        var clinic = await factory.NewClinicAsync();
        await clinic.Client.AddPatientAsync("Alice Smith", "+49 30 55501234", "alice@example.com");
        await clinic.Client.AddPatientAsync("Bob Jones", "+49 30 66607777", "bob@mail.example");
        await clinic.Client.AddPatientAsync("Carol 100%", "+49 30 77708888");

        async Task<string[]> Search(string term) =>
            [.. (await clinic.Client.GetFromJsonAsync<PagedResult<PatientResponse>>($"/api/patients?search={Uri.EscapeDataString(term)}"))!
                .Items.Select(p => p.Name)];

        Assert.Equal(["Alice Smith"], await Search("alice"));
        Assert.Equal(["Bob Jones"], await Search("6660"));
        Assert.Equal(["Bob Jones"], await Search("mail.example"));
        Assert.Equal(["Carol 100%"], await Search("100%"));
        Assert.Equal(["Alice Smith", "Bob Jones", "Carol 100%"], await Search("o"));
        Assert.Empty(await Search("zzz"));
    }

    [Fact]
    public async Task Patients_are_listed_by_name_and_paged()
    {
        var clinic = await factory.NewClinicAsync();
        foreach (var name in new[] { "Dan", "Ann", "Cid", "Bea" })
        {
            await clinic.Client.AddPatientAsync(name);
        }

        var page = await clinic.Client.GetFromJsonAsync<PagedResult<PatientResponse>>("/api/patients?page=2&pageSize=3");
        Assert.Equal(["Dan"], page!.Items.Select(p => p.Name));
        Assert.Equal(4, page.TotalCount);
        var first = await clinic.Client.GetFromJsonAsync<PagedResult<PatientResponse>>("/api/patients");
        Assert.Equal(["Ann", "Bea", "Cid", "Dan"], first!.Items.Select(p => p.Name));
        Assert.Equal(25, first.PageSize);
    }

    [Fact]
    public async Task A_patient_without_appointments_is_deleted()
    {
        var clinic = await factory.NewClinicAsync();
        var patient = await clinic.Client.AddPatientAsync();

        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/patients/{patient.Id}")).StatusCode);
        await (await clinic.Client.GetAsync($"/api/patients/{patient.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_patient_with_any_appointment_cannot_be_deleted()
    {
        var clinic = await factory.NewClinicAsync();
        var appointment = await clinic.Client.BookNewAsync();
        await clinic.Client.PostAsync($"/api/appointments/{appointment.Id}/cancel", null);

        var problem = await (await clinic.Client.DeleteAsync($"/api/patients/{appointment.PatientId}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
        Assert.Contains("appointments", problem.Detail);

        await clinic.Client.DeleteAsync($"/api/appointments/{appointment.Id}");
        await (await clinic.Client.DeleteAsync($"/api/patients/{appointment.PatientId}")).ShouldBeProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Another_clinics_patient_is_404_for_get_put_and_delete()
    {
        var owner = await factory.NewClinicAsync();
        var stranger = await factory.NewClinicAsync();
        var patient = await owner.Client.AddPatientAsync();

        await (await stranger.Client.GetAsync($"/api/patients/{patient.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.PutAsJsonAsync($"/api/patients/{patient.Id}", new { name = "X", phone = Phones.NewE164() }))
            .ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await stranger.Client.DeleteAsync($"/api/patients/{patient.Id}")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        Assert.Empty((await stranger.Client.GetFromJsonAsync<PagedResult<PatientResponse>>("/api/patients"))!.Items);
        Assert.Equal(patient, await (await owner.Client.GetAsync($"/api/patients/{patient.Id}")).ReadAsync<PatientResponse>(HttpStatusCode.OK));
    }
}
