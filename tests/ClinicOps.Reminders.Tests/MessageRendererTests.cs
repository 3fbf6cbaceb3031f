using ClinicOps.Contracts.Identity;
using ClinicOps.Contracts.Scheduling;
using ClinicOps.Messaging;
using ClinicOps.Reminders.Dispatching;
using ClinicOps.Reminders.Model;

namespace ClinicOps.Reminders.Tests;

public sealed class MessageRendererTests
{
    private static readonly DateTimeOffset Visit = new(2027, 7, 6, 8, 30, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("America/New_York", "Tue 6 Jul 2027 at 04:30")]
    [InlineData("Europe/Berlin", "Tue 6 Jul 2027 at 10:30")]
    [InlineData("Asia/Kolkata", "Tue 6 Jul 2027 at 14:00")]
    [InlineData("UTC", "Tue 6 Jul 2027 at 08:30")]
    public void The_visit_is_given_in_the_clinics_time_zone(string zone, string expected) =>
        Assert.Equal(expected, MessageRenderer.LocalTime(Visit, zone));

    [Theory]
    [InlineData("Mars/Olympus_Mons")]
    [InlineData(null)]
    public void An_unknown_time_zone_falls_back_to_UTC_and_says_so(string? zone) =>
        Assert.Equal("Tue 6 Jul 2027 at 08:30 (UTC)", MessageRenderer.LocalTime(Visit, zone));

    [Fact]
    public void A_follow_up_names_the_visit_and_carries_the_staff_note()
    {
        var appointment = ReplicatedAppointment.From<Appointment>(new AppointmentCompleted
        {
            ClinicId = Guid.CreateVersion7(), OccurredAt = Visit, AppointmentId = Guid.CreateVersion7(), Version = 3,
            DoctorId = Guid.CreateVersion7(), PatientId = Guid.CreateVersion7(), StartsAt = Visit, EndsAt = Visit.AddMinutes(30),
            Status = "completed",
        });
        var reminder = Reminder.Create(appointment.Id, "sms", "follow_up", Visit.AddDays(2), "Bring your X-rays.", automatic: false, Visit);

        var message = MessageRenderer.Render(reminder, appointment, SunriseClinic(),
            Doctor.Create(appointment.DoctorId, "Ada Lovelace", Visit));

        Assert.Equal("Follow-up from Sunrise Clinic", message.Subject);
        Assert.Equal("Follow-up from Sunrise Clinic: we hope you are well after your visit with Dr Ada Lovelace on Tue 6 Jul 2027 at 10:30. "
            + "Please contact us if you have any questions.\nBring your X-rays.", message.Body);
    }

    [Fact]
    public void Without_replicas_it_still_reads_well()
    {
        var appointment = ReplicatedAppointment.From<Appointment>(new AppointmentScheduled
        {
            ClinicId = Guid.CreateVersion7(), OccurredAt = Visit, AppointmentId = Guid.CreateVersion7(), Version = 1,
            DoctorId = Guid.CreateVersion7(), PatientId = Guid.CreateVersion7(), StartsAt = Visit, EndsAt = Visit.AddMinutes(30),
            Status = "scheduled", DoctorName = "x", PatientName = "y", PatientPhone = "+1",
        });
        var reminder = Reminder.Create(appointment.Id, "email", "upcoming", Visit.AddDays(-1), null, automatic: true, Visit.AddDays(-2));

        var message = MessageRenderer.Render(reminder, appointment, clinic: null, doctor: null);

        Assert.Equal("Reminder from your clinic: your appointment with your doctor is on Tue 6 Jul 2027 at 08:30 (UTC).", message.Body);
    }

    private static Clinic SunriseClinic()
    {
        var clinic = new Clinic();
        clinic.Apply(new ClinicRegistered
        {
            ClinicId = Guid.CreateVersion7(), OccurredAt = Visit, Name = "Sunrise Clinic", TimeZone = "Europe/Berlin", Currency = "EUR",
        });
        return clinic;
    }
}
