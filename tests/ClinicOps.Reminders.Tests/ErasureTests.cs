using System.Net;
using System.Net.Http.Json;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Dtos;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Tests;

[Collection(RemindersCollection.Name)]
public sealed class ErasureTests(RemindersFactory factory)
{
    private const string Erased = "The patient's contact details were erased.";

    [Fact]
    public async Task An_anonymised_patients_pending_reminders_fail_with_a_plain_reason_and_nothing_reaches_the_old_address()
    {
        var clinic = new Clinic(factory);
        var oldEmail = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3), oldEmail);
        var email = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });
        var sms = await clinic.CreateReminderAsync(appointment.Id, new { type = "sms", sendAt = clinic.Now.AddMinutes(1) });
        var call = await clinic.CreateReminderAsync(appointment.Id, new { type = "call", sendAt = clinic.Now.AddMinutes(1) });

        await clinic.PublishAsync(new PatientAnonymized { ClinicId = clinic.Id, OccurredAt = clinic.Now, PatientId = appointment.PatientId });

        var reminders = await clinic.RemindersOfAsync(appointment.Id,
            all => all.All(r => r.Status != "pending"), "the patient's reminders to be settled");
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        await factory.DispatchAsync();

        foreach (var id in new[] { email.Id, sms.Id, call.Id })
        {
            var reminder = await clinic.ReminderAsync(id);
            Assert.Equal(("failed", Erased, 0, (DateTimeOffset?)null), (reminder.Status, reminder.LastError, reminder.Attempts, reminder.SentAt));
        }

        Assert.Contains(reminders, r => r.Purpose == "upcoming" && r.Status == "failed" && r.LastError == Erased); // the automatic one too
        Assert.Empty(Mailbox.For(factory.Smtp, oldEmail));
        Assert.Empty((await CallListAsync(clinic, clinic.Now.AddDays(1))).Items);
        var replica = await clinic.InDatabaseAsync(db => db.Patients.SingleAsync(p => p.Id == appointment.PatientId));
        Assert.Equal(("", null, null), (replica.Name, replica.Phone, replica.Email));
    }

    [Fact]
    public async Task A_reminder_added_after_the_patient_was_anonymised_fails_at_delivery_without_an_address()
    {
        var clinic = new Clinic(factory);
        var oldEmail = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(clinic.Now.AddDays(3), oldEmail);
        await clinic.PublishAsync(new PatientAnonymized { ClinicId = clinic.Id, OccurredAt = clinic.Now, PatientId = appointment.PatientId });
        await Eventually.UntilAsync(() => clinic.InDatabaseAsync(db => db.Patients.AnyAsync(p => p.Id == appointment.PatientId && p.Email == null)),
            "the erased replica");

        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });
        factory.Time.Advance(TimeSpan.FromMinutes(2));
        await factory.DispatchAsync();

        var settled = await clinic.ReminderAsync(reminder.Id);
        Assert.Equal(("failed", Erased), (settled.Status, settled.LastError));
        Assert.Empty(Mailbox.For(factory.Smtp, oldEmail));
    }

    [Fact]
    public async Task Events_of_an_erased_patient_arriving_late_bring_nothing_back_and_set_no_reminders()
    {
        var clinic = new Clinic(factory);
        var patientId = Guid.CreateVersion7();
        var before = clinic.Now;
        factory.Time.Advance(TimeSpan.FromSeconds(1));

        // The erasure is the first thing heard of the patient; their older registration and a booking come after it.
        await clinic.PublishAsync(new PatientAnonymized { ClinicId = clinic.Id, OccurredAt = clinic.Now, PatientId = patientId });
        await Eventually.UntilAsync(() => clinic.InDatabaseAsync(db => db.Patients.AnyAsync(p => p.Id == patientId)), "the erased replica");
        var registered = new PatientRegistered
        {
            ClinicId = clinic.Id, OccurredAt = before, PatientId = patientId, Name = "Late Name", Phone = "+12125550199", Email = "late@example.test",
        };
        await clinic.PublishAsync(registered);
        var appointmentId = Guid.CreateVersion7();
        var startsAt = clinic.Now.AddDays(2);
        await clinic.PublishAsync(new AppointmentScheduled
        {
            ClinicId = clinic.Id, OccurredAt = before, AppointmentId = appointmentId, Version = 1, DoctorId = Guid.CreateVersion7(),
            PatientId = patientId, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(30), Status = "scheduled",
            DoctorName = "Ada Lovelace", PatientName = "Late Name", PatientPhone = "+12125550199", PatientEmail = "late@example.test",
        });
        // The booking is handled once its appointment is held, the registration once the inbox holds it.
        await Eventually.UntilAsync(async () => (await clinic.Client().GetAsync($"/api/appointments/{appointmentId}/reminders")).IsSuccessStatusCode
                && await clinic.InDatabaseAsync(db => db.Set<InboxMessage>().AnyAsync(m => m.EventId == registered.EventId)),
            "both late events handled");

        var replica = await clinic.InDatabaseAsync(db => db.Patients.SingleAsync(p => p.Id == patientId));
        Assert.Equal(("", null, null), (replica.Name, replica.Phone, replica.Email));
        Assert.Empty(await clinic.RemindersOfAsync(appointmentId));
    }

    [Fact]
    public async Task A_deleted_patient_and_a_deleted_doctor_leave_no_name_phone_or_email_in_the_replicas()
    {
        var clinic = new Clinic(factory);
        var patientId = Guid.CreateVersion7();
        var doctorId = Guid.CreateVersion7();
        await clinic.PublishAsync(new PatientRegistered
        {
            ClinicId = clinic.Id, OccurredAt = clinic.Now, PatientId = patientId, Name = "Gone Patient", Phone = "+12125550142", Email = "gone@example.test",
        });
        await clinic.PublishAsync(new DoctorRegistered
        {
            ClinicId = clinic.Id, OccurredAt = clinic.Now, DoctorId = doctorId, Name = "Gone Doctor", Specialization = "GP",
        });
        await Eventually.UntilAsync(() => clinic.InDatabaseAsync(async db =>
            await db.Patients.AnyAsync(p => p.Name == "Gone Patient") && await db.Doctors.AnyAsync(d => d.Name == "Gone Doctor")), "the replicas");
        factory.Time.Advance(TimeSpan.FromSeconds(1));

        await clinic.PublishAsync(new PatientDeleted { ClinicId = clinic.Id, OccurredAt = clinic.Now, PatientId = patientId });
        await clinic.PublishAsync(new DoctorDeleted { ClinicId = clinic.Id, OccurredAt = clinic.Now, DoctorId = doctorId });

        await Eventually.UntilAsync(() => clinic.InDatabaseAsync(async db =>
                !await db.Patients.AnyAsync(p => p.Id == patientId && (p.Name != "" || p.Phone != null || p.Email != null))
                && !await db.Doctors.AnyAsync(d => d.Id == doctorId && d.Name != "")),
            "the deleted patient and doctor to be forgotten");
        Assert.False(await clinic.InDatabaseAsync(db => db.Patients.AnyAsync(p =>
            p.Name == "Gone Patient" || p.Phone == "+12125550142" || p.Email == "gone@example.test")));
    }

    private static async Task<PagedResult<ReminderResponse>> CallListAsync(Clinic clinic, DateTimeOffset dueBefore)
    {
        var response = await clinic.Client().GetAsync($"/api/reminders?type=call&status=pending&dueBefore={Uri.EscapeDataString(dueBefore.ToString("O"))}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<PagedResult<ReminderResponse>>())!;
    }
}
