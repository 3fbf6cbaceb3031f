using System.Net;
using System.Net.Http.Json;
using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace ClinicOps.Reminders.Tests.Infrastructure;

/// <summary>
/// A fresh clinic for one test: publishes the events identity and scheduling would (to the real broker) and calls
/// the reminders API as the clinic's staff.
/// </summary>
public sealed class Clinic(RemindersFactory factory)
{
    public Guid Id { get; } = Guid.CreateVersion7();

    public DateTimeOffset Now => factory.Time.GetUtcNow();

    public HttpClient Client(string role = "owner") => factory.CreateClientFor(Id, role);

    public async Task RegisterAsync(string name = "Sunrise Clinic", string timeZone = "America/New_York")
    {
        await factory.PublishAsync(new ClinicRegistered
        {
            ClinicId = Id, OccurredAt = Now, Name = name, TimeZone = timeZone, Currency = "USD",
        });
        await Eventually.UntilAsync(() => InDatabaseAsync(db => db.Clinics.AnyAsync()), "the clinic replica");
    }

    /// <summary>Publishes AppointmentScheduled (version 1) and waits until the service holds the appointment.</summary>
    public async Task<Appointment> BookAsync(DateTimeOffset startsAt, string? patientEmail = "patient@example.test",
        string doctorName = "Ada Lovelace", string patientPhone = "+12125550100")
    {
        var appointment = new Appointment(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(), startsAt, 1);
        await factory.PublishAsync(new AppointmentScheduled
        {
            ClinicId = Id, OccurredAt = Now, AppointmentId = appointment.Id, Version = 1, DoctorId = appointment.DoctorId,
            PatientId = appointment.PatientId, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(30), Status = "scheduled",
            DoctorName = doctorName, PatientName = "Grace Hopper", PatientPhone = patientPhone, PatientEmail = patientEmail,
        });
        await Eventually.UntilAsync(async () => (await Client().GetAsync($"/api/appointments/{appointment.Id}/reminders")).IsSuccessStatusCode,
            "the appointment replica");
        return appointment;
    }

    public async Task<Appointment> RescheduleAsync(Appointment appointment, DateTimeOffset startsAt)
    {
        var next = appointment with { StartsAt = startsAt, Version = appointment.Version + 1 };
        await factory.PublishAsync(Snapshot<AppointmentRescheduled>(next));
        return next;
    }

    public Task<Appointment> CancelAsync(Appointment appointment) => ChangeAsync<AppointmentCancelled>(appointment, "cancelled");

    public Task<Appointment> CompleteAsync(Appointment appointment) => ChangeAsync<AppointmentCompleted>(appointment, "completed");

    public Task<Appointment> MarkNoShowAsync(Appointment appointment) => ChangeAsync<AppointmentMarkedNoShow>(appointment, "no_show");

    public async Task<Appointment> DeleteAsync(Appointment appointment)
    {
        var next = appointment with { Version = appointment.Version + 1 };
        var deleted = Snapshot<AppointmentDeleted>(next) with { Deleted = true };
        await factory.PublishAsync(deleted);
        return next;
    }

    private async Task<Appointment> ChangeAsync<T>(Appointment appointment, string status) where T : AppointmentSnapshot
    {
        var next = appointment with { Status = status, Version = appointment.Version + 1 };
        await factory.PublishAsync(Snapshot<T>(next));
        return next;
    }

    public Task PublishAsync<T>(T message) where T : ClinicOps.Contracts.IntegrationEvent => factory.PublishAsync(message);

    public T Snapshot<T>(Appointment a) where T : AppointmentSnapshot
    {
        AppointmentSnapshot snapshot = typeof(T).Name switch
        {
            nameof(AppointmentRescheduled) => new AppointmentRescheduled { ClinicId = Id, OccurredAt = Now, AppointmentId = a.Id, Version = a.Version,
                DoctorId = a.DoctorId, PatientId = a.PatientId, StartsAt = a.StartsAt, EndsAt = a.StartsAt.AddMinutes(30), Status = a.Status },
            nameof(AppointmentCancelled) => new AppointmentCancelled { ClinicId = Id, OccurredAt = Now, AppointmentId = a.Id, Version = a.Version,
                DoctorId = a.DoctorId, PatientId = a.PatientId, StartsAt = a.StartsAt, EndsAt = a.StartsAt.AddMinutes(30), Status = a.Status },
            nameof(AppointmentCompleted) => new AppointmentCompleted { ClinicId = Id, OccurredAt = Now, AppointmentId = a.Id, Version = a.Version,
                DoctorId = a.DoctorId, PatientId = a.PatientId, StartsAt = a.StartsAt, EndsAt = a.StartsAt.AddMinutes(30), Status = a.Status },
            nameof(AppointmentMarkedNoShow) => new AppointmentMarkedNoShow { ClinicId = Id, OccurredAt = Now, AppointmentId = a.Id, Version = a.Version,
                DoctorId = a.DoctorId, PatientId = a.PatientId, StartsAt = a.StartsAt, EndsAt = a.StartsAt.AddMinutes(30), Status = a.Status },
            nameof(AppointmentDeleted) => new AppointmentDeleted { ClinicId = Id, OccurredAt = Now, AppointmentId = a.Id, Version = a.Version,
                DoctorId = a.DoctorId, PatientId = a.PatientId, StartsAt = a.StartsAt, EndsAt = a.StartsAt.AddMinutes(30), Status = a.Status },
            _ => throw new ArgumentException($"No snapshot for {typeof(T).Name}"),
        };
        return (T)snapshot;
    }

    public async Task<IReadOnlyList<ReminderResponse>> RemindersOfAsync(Guid appointmentId)
    {
        var response = await Client().GetAsync($"/api/appointments/{appointmentId}/reminders");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<List<ReminderResponse>>())!;
    }

    /// <summary>Polls the appointment's reminders until <paramref name="done"/> holds.</summary>
    public Task<IReadOnlyList<ReminderResponse>> RemindersOfAsync(Guid appointmentId, Func<IReadOnlyList<ReminderResponse>, bool> done,
        string what) =>
        Eventually.GetAsync(() => RemindersOfAsync(appointmentId), done, what);

    public async Task<ReminderResponse> ReminderAsync(Guid reminderId)
    {
        var response = await Client().GetAsync($"/api/reminders/{reminderId}");
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<ReminderResponse>())!;
    }

    public async Task<ReminderResponse> CreateReminderAsync(Guid appointmentId, object body)
    {
        var response = await Client().PostAsJsonAsync($"/api/appointments/{appointmentId}/reminders", body);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ReminderResponse>())!;
    }

    public async Task PutSettingsAsync(object settings)
    {
        var response = await Client().PutAsJsonAsync("/api/reminders/settings", settings);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Reads this clinic's rows directly (as a consumer would: tenant set to the clinic).</summary>
    public async Task<T> InDatabaseAsync<T>(Func<RemindersDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(Id);
        return await query(scope.ServiceProvider.GetRequiredService<RemindersDbContext>());
    }
}
