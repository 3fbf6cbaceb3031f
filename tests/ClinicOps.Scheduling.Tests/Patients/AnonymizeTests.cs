using System.Net;
using System.Net.Http.Json;
using ClinicOps.Contracts.Identity;
using ClinicOps.Scheduling.Dtos;
using ClinicOps.Scheduling.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;

namespace ClinicOps.Scheduling.Tests.Patients;

[Collection(SchedulingCollection.Name)]
public sealed class AnonymizeTests(SchedulingFactory factory)
{
    [Fact]
    public async Task Anonymising_a_patient_clears_name_phone_email_and_date_of_birth_and_keeps_the_appointments()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var registered = await (await clinic.Client.PostAsJsonAsync("/api/patients",
                new { name = "Rosalind Franklin", phone = "+49 30 44445555", email = "rosalind@example.com", dateOfBirth = "1920-07-25" }))
            .ReadAsync<PatientResponse>(HttpStatusCode.Created);
        var booked = await clinic.Client.BookAsync(doctor.Id, registered.Id, Times.Future());

        var anonymised = await (await clinic.Client.PostAsync($"/api/patients/{registered.Id}/anonymize", null))
            .ReadAsync<PatientResponse>(HttpStatusCode.OK);

        var expected = new PatientResponse(registered.Id, "Anonymised patient", null, null, null);
        Assert.Equal(expected, anonymised);
        Assert.Equal(expected, await (await clinic.Client.GetAsync($"/api/patients/{registered.Id}")).ReadAsync<PatientResponse>(HttpStatusCode.OK));
        var appointment = await clinic.Client.GetAppointmentAsync(booked.Id);
        Assert.Equal((booked.StartsAt, booked.Status, "Anonymised patient"), (appointment.StartsAt, appointment.Status, appointment.PatientName));
        foreach (var oldDetail in new[] { "4444", "+493044445555", "rosalind", "Franklin" })
        {
            Assert.Empty((await clinic.Client.GetFromJsonAsync<PagedResult<PatientResponse>>(
                $"/api/patients?search={Uri.EscapeDataString(oldDetail)}"))!.Items);
        }

        // The number is free again: the person can come back as a new patient.
        Assert.Equal("+493044445555", (await clinic.Client.AddPatientAsync("Rosalind Franklin", "+49 30 44445555")).Phone);
    }

    [Fact]
    public async Task Anonymising_empties_the_patients_details_in_the_events_the_outbox_still_keeps()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync("Kept Nowhere", "+49 30 71717171", "kept.nowhere@example.com");
        await clinic.Client.PutAsJsonAsync($"/api/patients/{patient.Id}", new { name = "Kept Nowhere", phone = "+49 30 71717171", email = "kn@example.com" });
        await clinic.Client.BookAsync(doctor.Id, patient.Id, Times.Future());

        await (await clinic.Client.PostAsync($"/api/patients/{patient.Id}/anonymize", null)).ReadAsync<PatientResponse>(HttpStatusCode.OK);

        var events = await factory.EventsAboutAsync(clinic.Id, patient.Id);
        Assert.Equal(["PatientRegistered", "PatientUpdated", "AppointmentScheduled", "PatientAnonymized"], events.Select(e => e.Type));
        foreach (var (type, payload) in events)
        {
            var text = payload.GetRawText();
            Assert.False(text.Contains("71717171", StringComparison.Ordinal) || text.Contains("example.com", StringComparison.Ordinal)
                || text.Contains("Kept Nowhere", StringComparison.Ordinal), $"{type} still holds the patient's details: {text}");
        }
    }

    [Fact]
    public async Task Anonymising_twice_answers_200_and_changes_nothing_more()
    {
        var clinic = await factory.NewClinicAsync();
        var patient = await clinic.Client.AddPatientAsync(email: "twice@example.com");

        var first = await clinic.Client.PostAsync($"/api/patients/{patient.Id}/anonymize", null);
        var firstBody = await first.ReadAsync<PatientResponse>(HttpStatusCode.OK);
        var second = await clinic.Client.PostAsync($"/api/patients/{patient.Id}/anonymize", null);

        Assert.Equal(firstBody, await second.ReadAsync<PatientResponse>(HttpStatusCode.OK));
        Assert.Equal(first.Headers.ETag, second.Headers.ETag);
        Assert.Equal(["PatientRegistered", "PatientAnonymized"], await factory.EventTypesAboutAsync(clinic.Id, patient.Id));
    }

    [Theory]
    [InlineData(Roles.Receptionist)]
    [InlineData(Roles.Doctor)]
    public async Task Only_an_owner_anonymises_a_patient(string role)
    {
        var clinic = await factory.NewClinicAsync();
        var patient = await clinic.Client.AddPatientAsync("Ada Byron");

        await (await factory.As(clinic, role).PostAsync($"/api/patients/{patient.Id}/anonymize", null))
            .ShouldBeProblemAsync(HttpStatusCode.Forbidden);

        Assert.Equal(patient, await (await clinic.Client.GetAsync($"/api/patients/{patient.Id}")).ReadAsync<PatientResponse>(HttpStatusCode.OK));
        Assert.Equal(["PatientRegistered"], await factory.EventTypesAboutAsync(clinic.Id, patient.Id));
    }

    [Fact]
    public async Task Another_clinics_patient_or_an_unknown_one_is_404()
    {
        var clinic = await factory.NewClinicAsync();
        var other = await factory.NewClinicAsync();
        var patient = await clinic.Client.AddPatientAsync();

        await (await other.Client.PostAsync($"/api/patients/{patient.Id}/anonymize", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        await (await clinic.Client.PostAsync($"/api/patients/{Guid.CreateVersion7()}/anonymize", null)).ShouldBeProblemAsync(HttpStatusCode.NotFound);

        Assert.Equal(patient, await (await clinic.Client.GetAsync($"/api/patients/{patient.Id}")).ReadAsync<PatientResponse>(HttpStatusCode.OK));
    }

    [Fact]
    public async Task An_anonymised_patient_is_neither_changed_409_nor_booked_422()
    {
        var clinic = await factory.NewClinicAsync();
        var doctor = await clinic.Client.AddDoctorAsync();
        var patient = await clinic.Client.AddPatientAsync();
        await (await clinic.Client.PostAsync($"/api/patients/{patient.Id}/anonymize", null)).ReadAsync<PatientResponse>(HttpStatusCode.OK);

        var put = await clinic.Client.PutAsJsonAsync($"/api/patients/{patient.Id}", new { name = "Back Again", phone = Phones.NewE164() });
        Assert.Contains("register the person as a new patient", (await put.ShouldBeProblemAsync(HttpStatusCode.Conflict)).Detail);
        await (await clinic.Client.PostBookingAsync(doctor.Id, patient.Id, Times.Future()))
            .ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);

        Assert.Equal("Anonymised patient",
            (await (await clinic.Client.GetAsync($"/api/patients/{patient.Id}")).ReadAsync<PatientResponse>(HttpStatusCode.OK)).Name);
    }

    [Fact]
    public async Task Anonymising_and_deleting_write_events_that_carry_only_the_id()
    {
        var clinic = await factory.NewClinicAsync();
        var anonymised = await clinic.Client.AddPatientAsync("Old Name", email: "old@example.com");
        var deleted = await clinic.Client.AddPatientAsync("Gone Patient");
        var doctor = await clinic.Client.AddDoctorAsync("Dr. Gone");

        await (await clinic.Client.PostAsync($"/api/patients/{anonymised.Id}/anonymize", null)).ReadAsync<PatientResponse>(HttpStatusCode.OK);
        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/patients/{deleted.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await clinic.Client.DeleteAsync($"/api/doctors/{doctor.Id}")).StatusCode);

        async Task<string> LastEventAbout(Guid id)
        {
            var last = (await factory.EventsAboutAsync(clinic.Id, id))[^1];
            return $"{last.Type}: {string.Join(", ", last.Payload.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal))}";
        }

        Assert.Equal("PatientAnonymized: clinicId, eventId, occurredAt, patientId", await LastEventAbout(anonymised.Id));
        Assert.Equal("PatientDeleted: clinicId, eventId, occurredAt, patientId", await LastEventAbout(deleted.Id));
        Assert.Equal("DoctorDeleted: clinicId, doctorId, eventId, occurredAt", await LastEventAbout(doctor.Id));
    }
}
