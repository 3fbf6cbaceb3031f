using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Dtos;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>Arrange steps through the public API, each asserting it worked.</summary>
public static class SchedulingApi
{
    public static async Task<DoctorResponse> AddDoctorAsync(this HttpClient client, string name = "Dr. Ada Lovelace",
        string specialization = "cardiology", Guid? userId = null)
    {
        var response = await client.PostAsJsonAsync("/api/doctors", new { name, specialization, userId });
        return await response.ReadAsync<DoctorResponse>(HttpStatusCode.Created);
    }

    public static async Task<PatientResponse> AddPatientAsync(this HttpClient client, string name = "Grace Hopper",
        string? phone = null, string? email = null)
    {
        var response = await client.PostAsJsonAsync("/api/patients", new { name, phone = phone ?? Phones.NewE164(), email });
        return await response.ReadAsync<PatientResponse>(HttpStatusCode.Created);
    }

    public static Task<HttpResponseMessage> PostBookingAsync(this HttpClient client, Guid doctorId, Guid patientId,
        DateTimeOffset startsAt, int? durationMinutes = null, string? notes = null) =>
        client.PostAsJsonAsync("/api/appointments", new { doctorId, patientId, startsAt, durationMinutes, notes });

    public static async Task<AppointmentResponse> BookAsync(this HttpClient client, Guid doctorId, Guid patientId,
        DateTimeOffset startsAt, int? durationMinutes = null, string? notes = null)
    {
        var response = await client.PostBookingAsync(doctorId, patientId, startsAt, durationMinutes, notes);
        return await response.ReadAsync<AppointmentResponse>(HttpStatusCode.Created);
    }

    /// <summary>A doctor, a patient and a scheduled appointment of the clinic, one day ahead.</summary>
    public static async Task<AppointmentResponse> BookNewAsync(this HttpClient client, DateTimeOffset? startsAt = null)
    {
        var doctor = await client.AddDoctorAsync();
        var patient = await client.AddPatientAsync();
        return await client.BookAsync(doctor.Id, patient.Id, startsAt ?? Times.Future());
    }

    public static async Task<AppointmentResponse> GetAppointmentAsync(this HttpClient client, Guid id)
    {
        var response = await client.GetAsync($"/api/appointments/{id}");
        return await response.ReadAsync<AppointmentResponse>(HttpStatusCode.OK);
    }

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response, HttpStatusCode expected)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {(int)expected} but got {(int)response.StatusCode}: {body}");
        return await response.Content.ReadFromJsonAsync<T>() ?? throw new InvalidOperationException("Empty body.");
    }
}
