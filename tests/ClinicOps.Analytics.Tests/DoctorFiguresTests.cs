using ClinicOps.Analytics.Tests.Infrastructure;

namespace ClinicOps.Analytics.Tests;

[Collection(AnalyticsCollection.Name)]
public sealed class DoctorFiguresTests(AnalyticsFactory factory)
{
    [Fact]
    public async Task Each_doctor_sees_own_appointments_upcoming_completed_no_shows_and_revenue()
    {
        var story = new ClinicStory();
        var smith = story.Doctor("Dr Smith");
        var jones = story.Doctor("Dr Jones");
        story.Doctor("Dr Idle");
        var patient = story.Patient("P");
        var done = story.Book(smith, patient, DateTimeOffset.UtcNow.AddDays(-2));
        story.Complete(done);
        story.Pay(done, 120m);
        var missed = story.Book(jones, patient, DateTimeOffset.UtcNow.AddDays(-1));
        story.NoShow(missed);
        story.Book(jones, patient, DateTimeOffset.UtcNow.AddDays(1));

        await factory.Feed.PublishAsync(story.Events);

        var doctors = await factory.ClientFor(story.ClinicId).DoctorsAsync();
        Assert.Equal(story.Expected.Doctors(DateTimeOffset.UtcNow), doctors);
        Assert.Equal(new DoctorFiguresDto(smith, "Dr Smith", 1, 0, 1, 0, 120m), doctors.Single(d => d.DoctorId == smith));
        Assert.Equal(new DoctorFiguresDto(jones, "Dr Jones", 2, 1, 0, 1, 0m), doctors.Single(d => d.DoctorId == jones));
        Assert.Contains(doctors, d => d is { Name: "Dr Idle", Total: 0, Revenue: 0m });
    }

    [Fact]
    public async Task Rescheduling_to_another_doctor_moves_the_appointment_and_a_rename_shows()
    {
        var story = new ClinicStory();
        var first = story.Doctor("Dr First");
        var second = story.Doctor("Dr Second");
        var appointment = story.Book(first, story.Patient("P"), DateTimeOffset.UtcNow.AddDays(2));
        story.Reschedule(appointment, DateTimeOffset.UtcNow.AddDays(3), second);
        story.RenameDoctor(second, "Dr Second-Renamed");

        await factory.Feed.PublishAsync(story.Events);

        var doctors = await factory.ClientFor(story.ClinicId).DoctorsAsync();
        Assert.Equal(story.Expected.Doctors(DateTimeOffset.UtcNow), doctors);
        Assert.Equal((0, 0), doctors.Where(d => d.DoctorId == first).Select(d => (d.Total, d.Upcoming)).Single());
        Assert.Equal(("Dr Second-Renamed", 1, 1), doctors.Where(d => d.DoctorId == second).Select(d => (d.Name, d.Total, d.Upcoming)).Single());
    }

    [Fact]
    public async Task A_doctor_whose_own_event_has_not_arrived_is_named_from_the_booking()
    {
        var story = new ClinicStory();
        var doctor = story.Doctor("Dr Booked");
        story.Book(doctor, story.Patient("P"), DateTimeOffset.UtcNow.AddDays(1));

        await factory.Feed.PublishAsync(story.Events.Where(e => e is not ClinicOps.Contracts.Scheduling.DoctorRegistered));

        var figures = Assert.Single(await factory.ClientFor(story.ClinicId).DoctorsAsync());
        Assert.Equal(new DoctorFiguresDto(doctor, "Dr Booked", 1, 1, 0, 0, 0m), figures);
    }

    [Fact]
    public async Task Another_clinic_sees_none_of_these_doctors()
    {
        var story = new ClinicStory();
        story.Doctor("Dr Private");
        await factory.Feed.PublishAsync(story.Events);

        Assert.Empty(await factory.ClientFor(Guid.CreateVersion7()).DoctorsAsync());
    }
}
