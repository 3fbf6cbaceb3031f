using System.Text.Json;
using ClinicOps.Analytics.Tests.Infrastructure;
using ClinicOps.Contracts;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class ErasureTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task The_event_log_keeps_no_patients_name_phone_or_email_and_still_replays()
    {
        var story = new ClinicStory();
        var doctor = story.Doctor("Dr Counted");
        var marker = Guid.NewGuid().ToString("N")[..10];
        var (name, phone, email) = ($"Patient {marker}", $"+49151{Random.Shared.Next(10_000_000, 99_999_999)}", $"{marker}@example.test");
        var patientId = Guid.CreateVersion7();
        var now = story.LastOccurredAt.AddSeconds(1);
        var startsAt = DateTimeOffset.UtcNow.AddDays(2);
        IntegrationEvent[] events =
        [
            new PatientRegistered { ClinicId = story.ClinicId, OccurredAt = now, PatientId = patientId, Name = name, Phone = phone, Email = email },
            new PatientUpdated { ClinicId = story.ClinicId, OccurredAt = now.AddSeconds(1), PatientId = patientId, Name = name, Phone = phone, Email = email },
            new AppointmentScheduled
            {
                ClinicId = story.ClinicId, OccurredAt = now.AddSeconds(2), AppointmentId = Guid.CreateVersion7(), Version = 1, DoctorId = doctor,
                PatientId = patientId, StartsAt = startsAt, EndsAt = startsAt.AddMinutes(30), Status = "scheduled",
                DoctorName = "Dr Counted", PatientName = name, PatientPhone = phone, PatientEmail = email,
            },
        ];

        await factory.Feed.PublishAsync([.. story.Events, .. events]);

        var ids = events.Select(e => e.EventId).ToList();
        var logged = await factory.Feed.InDatabaseAsync(db => db.EventLog.Where(e => ids.Contains(e.EventId)).ToListAsync());
        Assert.Equal(3, logged.Count);
        foreach (var entry in logged)
        {
            Assert.DoesNotContain(marker, entry.Payload, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(phone[1..], entry.Payload, StringComparison.Ordinal);
            // The rebuild reads each entry back as its event.
            Assert.NotNull(JsonSerializer.Deserialize(entry.Payload, IntegrationEventTypes.Resolve(entry.Type), JsonSerializerOptions.Web));
        }

        Assert.Equal(1, (await factory.ClientFor(story.ClinicId).DashboardAsync()).UpcomingAppointments);
    }

    [Fact]
    public async Task A_deleted_doctor_leaves_the_per_doctor_figures_even_when_an_older_event_arrives_later()
    {
        var story = new ClinicStory();
        var leaving = story.Doctor("Dr Leaving");
        var staying = story.Doctor("Dr Staying");
        await factory.Feed.PublishAsync(story.Events);
        var deletedAt = story.LastOccurredAt.AddSeconds(5);

        await factory.Feed.PublishInOrderAsync(
        [
            new DoctorDeleted { ClinicId = story.ClinicId, OccurredAt = deletedAt, DoctorId = leaving },
            new DoctorUpdated { ClinicId = story.ClinicId, OccurredAt = deletedAt.AddSeconds(-1), DoctorId = leaving, Name = "Dr Leaving", Specialization = "GP" },
        ]);

        Assert.Equal([(staying, "Dr Staying")], (await factory.ClientFor(story.ClinicId).DoctorsAsync()).Select(d => (d.DoctorId, d.Name)));
        Assert.False(await factory.Feed.InDatabaseAsync(db => db.Doctors.IgnoreQueryFilters().AnyAsync(d => d.Name == "Dr Leaving" && d.ClinicId == story.ClinicId)));
    }
}
