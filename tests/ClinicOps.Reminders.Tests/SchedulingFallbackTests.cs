using System.Net;
using System.Net.Http.Json;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Tests;

/// <summary>
/// Against the real scheduling service (in-process, same broker): a reminder added right after booking, before
/// AppointmentScheduled reached reminders, is accepted — reminders asks scheduling with the caller's token — and the
/// appointment's events take over from what was fetched.
/// </summary>
[Collection(RemindersCollection.Name)]
public sealed class SchedulingFallbackTests(RemindersFactory factory)
{
    [Fact]
    public async Task A_reminder_for_an_appointment_the_replica_lacks_is_accepted_and_the_next_event_takes_over()
    {
        var clinic = new Clinic(factory);
        await clinic.RegisterAsync();
        var appointmentId = await SchedulingApi.BookAsync(factory.Scheduling.CreateClientFor(clinic.Id, "receptionist"));
        // Let AppointmentScheduled arrive, then take the appointment (and its automatic reminders) out of the replica:
        // reminders is back in the moment before the event, deterministically.
        await Eventually.UntilAsync(() => clinic.InDatabaseAsync(db => db.Appointments.AnyAsync(a => a.Id == appointmentId)),
            "AppointmentScheduled to reach reminders");
        await clinic.InDatabaseAsync(async db =>
        {
            await db.Database.ExecuteSqlAsync($"DELETE FROM reminders WHERE appointment_id = {appointmentId}");
            return await db.Database.ExecuteSqlAsync($"DELETE FROM appointments WHERE id = {appointmentId}");
        });

        var reminder = await clinic.CreateReminderAsync(appointmentId, new { type = "sms", sendAt = clinic.Now.AddHours(1) });

        Assert.Equal(("pending", appointmentId), (reminder.Status, reminder.AppointmentId));
        var fetched = await clinic.InDatabaseAsync(db => db.Appointments.AsNoTracking().SingleAsync(a => a.Id == appointmentId));
        Assert.Equal((ReplicatedAppointment.FetchedVersion, "scheduled"), (fetched.Version, fetched.Status));

        await SchedulingApi.PostAsync(factory.Scheduling.CreateClientFor(clinic.Id), $"/api/appointments/{appointmentId}/cancel",
            new { reason = "Patient called off" });
        var reminders = await clinic.RemindersOfAsync(appointmentId, list => list.All(r => r.Status == "cancelled"),
            "AppointmentCancelled to cancel the reminder added before any event");
        Assert.Contains(reminders, r => r.Id == reminder.Id);
    }

    [Fact]
    public async Task A_reminder_for_another_clinics_appointment_is_404_at_scheduling_too()
    {
        var owner = new Clinic(factory);
        await owner.RegisterAsync();
        var appointmentId = await SchedulingApi.BookAsync(factory.Scheduling.CreateClientFor(owner.Id, "receptionist"));
        var stranger = new Clinic(factory);

        using var response = await stranger.Client().PostAsJsonAsync($"/api/appointments/{appointmentId}/reminders",
            new { type = "sms", sendAt = stranger.Now.AddHours(1) });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
