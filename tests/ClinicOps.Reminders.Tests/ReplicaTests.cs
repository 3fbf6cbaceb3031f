using System.Globalization;
using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Reminders.Tests.Infrastructure;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Reminders.Tests;

[Collection(RemindersCollection.Name)]
public sealed class ReplicaTests(RemindersFactory factory)
{
    [Fact]
    public async Task Updates_of_clinic_doctor_and_patient_reach_the_message_and_older_updates_are_ignored()
    {
        var clinic = new Clinic(factory);
        await clinic.RegisterAsync("Old Name Clinic", "America/New_York");
        var visit = new DateOnly(clinic.Now.Year + 1, 1, 12);
        var startsAt = new DateTimeOffset(visit.ToDateTime(new TimeOnly(15, 0)), TimeSpan.Zero);
        var oldEmail = $"{Guid.NewGuid():N}@example.test";
        var newEmail = $"{Guid.NewGuid():N}@example.test";
        var appointment = await clinic.BookAsync(startsAt, oldEmail, doctorName: "Ada Lovelace");
        var later = clinic.Now.AddSeconds(1);

        await clinic.PublishAsync(new ClinicUpdated
        {
            ClinicId = clinic.Id, OccurredAt = later, Name = "Sunrise Clinic", TimeZone = "Europe/Berlin", Currency = "EUR",
        });
        await clinic.PublishAsync(new DoctorUpdated
        {
            ClinicId = clinic.Id, OccurredAt = later, DoctorId = appointment.DoctorId, Name = "Ada King", Specialization = "GP",
        });
        await clinic.PublishAsync(new PatientUpdated
        {
            ClinicId = clinic.Id, OccurredAt = later, PatientId = appointment.PatientId, Name = "Grace Hopper", Phone = "+12125550100",
            Email = newEmail,
        });
        var olderRegistration = new PatientRegistered // older than what is held: ignored
        {
            ClinicId = clinic.Id, OccurredAt = later.AddHours(-1), PatientId = appointment.PatientId, Name = "Grace Hopper",
            Phone = "+12125550100", Email = oldEmail,
        };
        await clinic.PublishAsync(olderRegistration);
        await clinic.PublishAsync(new DoctorRegistered // a doctor without appointments yet
        {
            ClinicId = clinic.Id, OccurredAt = later, DoctorId = Guid.CreateVersion7(), Name = "Jonas Salk", Specialization = "GP",
        });
        await Eventually.UntilAsync(() => clinic.InDatabaseAsync(async db =>
                await db.Clinics.AnyAsync(c => c.Name == "Sunrise Clinic")
                && await db.Doctors.AnyAsync(d => d.Name == "Ada King")
                && await db.Doctors.AnyAsync(d => d.Name == "Jonas Salk")
                && await db.Patients.AnyAsync(p => p.Email == newEmail)),
            "the updates");
        await factory.Consumed.WaitAsync(olderRegistration.EventId); // handled, and it must have changed nothing

        var reminder = await clinic.CreateReminderAsync(appointment.Id, new { type = "email", sendAt = clinic.Now.AddMinutes(1) });
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await factory.DispatchAsync();

        Assert.Empty(Mailbox.For(factory.Smtp, oldEmail));
        var mail = Assert.Single(Mailbox.For(factory.Smtp, newEmail));
        // 15:00 UTC in January is 16:00 in Berlin (CET, UTC+1).
        Assert.Equal($"Reminder from Sunrise Clinic: your appointment with Dr Ada King is on {visit.ToString("ddd", CultureInfo.InvariantCulture)} 12 Jan {visit.Year} at 16:00.",
            mail.TextBody?.Trim());
        Assert.Equal("sent", (await clinic.ReminderAsync(reminder.Id)).Status);
    }
}
