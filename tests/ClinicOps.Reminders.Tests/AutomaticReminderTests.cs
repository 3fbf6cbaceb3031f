using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Tests;

[Collection(RemindersCollection.Name)]
public sealed class AutomaticReminderTests(RemindersFactory factory)
{
    private static readonly TimeSpan Day = TimeSpan.FromDays(1);

    [Fact]
    public async Task Booking_creates_an_upcoming_email_reminder_24_hours_before_the_visit()
    {
        var clinic = new Clinic(factory);
        var startsAt = clinic.Now.AddDays(3);

        var appointment = await clinic.BookAsync(startsAt);

        var reminders = await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");
        var reminder = Assert.Single(reminders);
        Assert.Equal(("email", "upcoming", "pending"), (reminder.Type, reminder.Purpose, reminder.Status));
        Assert.Equal(startsAt - Day, reminder.SendAt);
        Assert.Equal(0, reminder.Attempts);
        Assert.Null(reminder.SentAt);
        Assert.Null(reminder.Channel);
    }

    [Fact]
    public async Task A_patient_without_email_gets_sms_and_lead_times_already_past_are_skipped()
    {
        var clinic = new Clinic(factory);
        await clinic.PutSettingsAsync(new { leadTimesMinutes = new[] { 1440, 120 }, defaultType = "email", followUpType = "call" });
        var startsAt = clinic.Now.AddHours(3);

        var appointment = await clinic.BookAsync(startsAt, patientEmail: null);

        var reminder = Assert.Single(await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder"));
        Assert.Equal("sms", reminder.Type);
        Assert.Equal(startsAt.AddHours(-2), reminder.SendAt);
    }

    [Fact]
    public async Task Sms_as_default_type_is_used_even_when_the_patient_has_an_email()
    {
        var clinic = new Clinic(factory);
        await clinic.PutSettingsAsync(new { leadTimesMinutes = new[] { 60, 1440 }, defaultType = "sms", followUpType = "call" });

        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));

        var reminders = await clinic.RemindersOfAsync(appointment.Id, r => r.Count == 2, "two automatic reminders");
        Assert.All(reminders, r => Assert.Equal("sms", r.Type));
        Assert.Equal([appointment.StartsAt - Day, appointment.StartsAt.AddHours(-1)], reminders.Select(r => r.SendAt));
    }

    [Fact]
    public async Task Rescheduling_moves_the_pending_reminder_with_the_visit()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3));
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");

        var moved = await clinic.RescheduleAsync(appointment, appointment.StartsAt.AddDays(2).AddHours(1));

        var reminder = Assert.Single(await clinic.RemindersOfAsync(appointment.Id,
            r => r.Single().SendAt != appointment.StartsAt - Day, "the reminder to move"));
        Assert.Equal(moved.StartsAt - Day, reminder.SendAt);
        Assert.Equal("pending", reminder.Status);
    }

    [Fact]
    public async Task Rescheduling_closer_than_the_lead_time_cancels_the_reminder()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3));
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");

        await clinic.RescheduleAsync(appointment, clinic.Now.AddHours(5));

        var reminder = Assert.Single(await clinic.RemindersOfAsync(appointment.Id, r => r.Single().Status != "pending", "the reminder to change"));
        Assert.Equal("cancelled", reminder.Status);
    }

    [Fact]
    public async Task Cancelling_the_appointment_cancels_its_reminders_and_follow_ups()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3));
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");
        await clinic.CreateReminderAsync(appointment.Id,
            new { type = "call", purpose = "follow_up", sendAt = appointment.StartsAt.AddDays(2), note = "Check on recovery" });

        await clinic.CancelAsync(appointment);

        var reminders = await clinic.RemindersOfAsync(appointment.Id, r => r.All(x => x.Status != "pending"), "the reminders to be cancelled");
        Assert.Equal(2, reminders.Count);
        Assert.All(reminders, r => Assert.Equal("cancelled", r.Status));
    }

    [Fact]
    public async Task Completing_with_follow_ups_configured_creates_the_follow_up_and_cancels_the_upcoming_one()
    {
        var clinic = new Clinic(factory);
        await clinic.PutSettingsAsync(new { leadTimesMinutes = new[] { 1440 }, defaultType = "email", followUpAfterDays = 3, followUpType = "call" });
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");

        await clinic.CompleteAsync(appointment);

        var reminders = await clinic.RemindersOfAsync(appointment.Id, r => r.Count == 2, "the follow-up");
        var upcoming = Assert.Single(reminders, r => r.Purpose == "upcoming");
        var followUp = Assert.Single(reminders, r => r.Purpose == "follow_up");
        Assert.Equal("cancelled", upcoming.Status);
        Assert.Equal(("call", "pending"), (followUp.Type, followUp.Status));
        Assert.Equal(appointment.StartsAt.AddDays(3), followUp.SendAt);
    }

    [Fact]
    public async Task Completing_without_follow_ups_configured_only_cancels_the_upcoming_reminder()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");

        await clinic.CompleteAsync(appointment);

        var reminder = Assert.Single(await clinic.RemindersOfAsync(appointment.Id, r => r.Single().Status != "pending", "the cancellation"));
        Assert.Equal("cancelled", reminder.Status);
    }

    [Fact]
    public async Task Marking_a_no_show_cancels_upcoming_reminders_but_keeps_follow_ups()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");
        var followUp = await clinic.CreateReminderAsync(appointment.Id,
            new { type = "call", purpose = "follow_up", sendAt = appointment.StartsAt.AddDays(1), note = "Offer a new date" });

        await clinic.MarkNoShowAsync(appointment);

        var reminders = await clinic.RemindersOfAsync(appointment.Id, r => r.Any(x => x.Status == "cancelled"), "the cancellation");
        Assert.Equal("cancelled", Assert.Single(reminders, r => r.Purpose == "upcoming").Status);
        Assert.Equal("pending", Assert.Single(reminders, r => r.Id == followUp.Id).Status);
    }

    [Fact]
    public async Task Deleting_the_appointment_cancels_its_reminders_and_hides_them()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(2));
        var reminder = Assert.Single(await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder"));

        await clinic.DeleteAsync(appointment);

        await Eventually.UntilAsync(async () =>
            (await clinic.Client().GetAsync($"/api/appointments/{appointment.Id}/reminders")).StatusCode == System.Net.HttpStatusCode.NotFound,
            "the appointment to disappear");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await clinic.Client().GetAsync($"/api/reminders/{reminder.Id}")).StatusCode);
        var status = await clinic.InDatabaseAsync(db => db.Reminders.Where(r => r.Id == reminder.Id).Select(r => r.Status).SingleAsync());
        Assert.Equal("cancelled", status);
    }

    [Fact]
    public async Task A_stale_event_arriving_late_changes_nothing()
    {
        var clinic = new Clinic(factory);
        var appointment = new Infrastructure.Appointment(Guid.CreateVersion7(), Guid.CreateVersion7(), Guid.CreateVersion7(),
            clinic.Now.AddDays(3), 2, "cancelled");
        await clinic.PublishAsync(clinic.Snapshot<ClinicOps.Contracts.Scheduling.AppointmentCancelled>(appointment));
        await Eventually.UntilAsync(async () => (await clinic.Client().GetAsync($"/api/appointments/{appointment.Id}/reminders")).IsSuccessStatusCode,
            "the cancelled appointment");

        // The booking (version 1) arrives after the cancellation (version 2): no reminder for a cancelled visit.
        await clinic.PublishAsync(new ClinicOps.Contracts.Scheduling.AppointmentScheduled
        {
            ClinicId = clinic.Id, OccurredAt = clinic.Now, AppointmentId = appointment.Id, Version = 1, DoctorId = appointment.DoctorId,
            PatientId = appointment.PatientId, StartsAt = appointment.StartsAt, EndsAt = appointment.StartsAt.AddMinutes(30),
            Status = "scheduled", DoctorName = "Ada Lovelace", PatientName = "Grace Hopper", PatientPhone = "+12125550100",
        });
        await Eventually.UntilAsync(() => clinic.InDatabaseAsync(db => db.Patients.AnyAsync(p => p.Id == appointment.PatientId)),
            "the late booking to be consumed");

        Assert.Empty(await clinic.RemindersOfAsync(appointment.Id));
    }

    [Fact]
    public async Task A_redelivered_booking_creates_no_second_reminder()
    {
        var clinic = new Clinic(factory);
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3));
        await clinic.RemindersOfAsync(appointment.Id, r => r.Count > 0, "the automatic reminder");
        var booking = new ClinicOps.Contracts.Scheduling.AppointmentScheduled
        {
            ClinicId = clinic.Id, OccurredAt = clinic.Now, AppointmentId = appointment.Id, Version = 1, DoctorId = appointment.DoctorId,
            PatientId = appointment.PatientId, StartsAt = appointment.StartsAt, EndsAt = appointment.StartsAt.AddMinutes(30),
            Status = "scheduled", DoctorName = "Ada Lovelace", PatientName = "Grace Hopper", PatientPhone = "+12125550100",
        };

        var copy = booking with { EventId = Guid.CreateVersion7() };
        await clinic.PublishAsync(booking); // version 1 again, as a new event: stale
        await factory.Consumed.WaitAsync(booking.EventId);
        await clinic.PublishAsync(booking); // the same message again (same id): the inbox skips it
        await clinic.PublishAsync(copy); // and another copy of version 1: stale
        await factory.Consumed.WaitAsync(booking.EventId, times: 2);
        await factory.Consumed.WaitAsync(copy.EventId);

        Assert.Single(await clinic.RemindersOfAsync(appointment.Id));
    }
}
