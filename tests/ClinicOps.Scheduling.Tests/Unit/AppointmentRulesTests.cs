using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Model;
using ClinicOps.ServiceDefaults.Problems;

namespace ClinicOps.Scheduling.Tests.Unit;

public sealed class AppointmentRulesTests
{
    private static readonly DateTimeOffset Now = new(2030, 3, 1, 9, 0, 0, TimeSpan.Zero);

    private static Appointment BookAt(DateTimeOffset startsAt, int minutes = 30) =>
        Appointment.Book(Guid.CreateVersion7(), Guid.CreateVersion7(), new AppointmentSlot(startsAt, minutes), null, Now);

    [Fact]
    public void A_booking_starts_scheduled_at_revision_1_and_ends_after_its_duration()
    {
        var appointment = BookAt(Now.AddHours(2).ToOffset(TimeSpan.FromHours(5)), 45);

        Assert.Equal((AppointmentStatuses.Scheduled, 1, 45), (appointment.Status, appointment.Revision, appointment.DurationMinutes));
        Assert.Equal(Now.AddHours(2), appointment.StartsAt);
        Assert.Equal(TimeSpan.Zero, appointment.StartsAt.Offset);
        Assert.Equal(Now.AddHours(2).AddMinutes(45), appointment.EndsAt);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void A_booking_must_start_in_the_future(int minutesFromNow)
    {
        var error = Assert.Throws<ValidationException>(() => BookAt(Now.AddMinutes(minutesFromNow)));
        Assert.Contains("startsAt", error.Errors.Keys);
    }

    [Theory]
    [InlineData(4)]
    [InlineData(481)]
    public void The_duration_is_5_to_480_minutes(int minutes)
    {
        var error = Assert.Throws<ValidationException>(() => new AppointmentSlot(Now, minutes));
        Assert.Contains("durationMinutes", error.Errors.Keys);
    }

    [Fact]
    public void A_slot_keeps_microseconds_like_timestamptz()
    {
        var slot = new AppointmentSlot(Now.AddTicks(12_345_678), 30);
        Assert.Equal(Now.AddTicks(12_345_670), slot.StartsAt);
    }

    [Fact]
    public void Each_change_raises_the_revision_by_one()
    {
        var appointment = BookAt(Now.AddDays(1));

        Assert.True(appointment.Reschedule(appointment.DoctorId, new AppointmentSlot(Now.AddDays(2), 30), "x", Now));
        Assert.Equal(2, appointment.Revision);
        appointment.Cancel("ill");
        Assert.Equal(3, appointment.Revision);
        appointment.Delete(0, Now);
        Assert.Equal(4, appointment.Revision);
    }

    [Fact]
    public void Rescheduling_to_the_same_values_changes_nothing()
    {
        var appointment = BookAt(Now.AddDays(1));
        Assert.False(appointment.Reschedule(appointment.DoctorId, new AppointmentSlot(appointment.StartsAt, 30), null, Now));
        Assert.Equal(1, appointment.Revision);
    }

    [Fact]
    public void A_new_start_must_be_in_the_future_but_other_edits_after_the_start_are_allowed()
    {
        var appointment = BookAt(Now.AddMinutes(10));
        var later = Now.AddMinutes(20);

        Assert.True(appointment.Reschedule(appointment.DoctorId, new AppointmentSlot(appointment.StartsAt, 60), "ran long", later));
        Assert.Throws<ValidationException>(() =>
            appointment.Reschedule(appointment.DoctorId, new AppointmentSlot(later.AddMinutes(-1), 60), null, later));
    }

    [Fact]
    public void Complete_is_allowed_after_the_start()
    {
        var appointment = BookAt(Now.AddMinutes(1));
        appointment.Complete();
        Assert.Equal(AppointmentStatuses.Completed, appointment.Status);
    }

    [Fact]
    public void No_show_needs_the_start_to_have_passed()
    {
        var appointment = BookAt(Now.AddMinutes(30));

        Assert.Throws<RuleViolationException>(() => appointment.MarkNoShow(Now.AddMinutes(29)));
        appointment.MarkNoShow(Now.AddMinutes(30));

        Assert.Equal(AppointmentStatuses.NoShow, appointment.Status);
    }

    [Fact]
    public void Nothing_but_a_scheduled_appointment_changes()
    {
        var appointment = BookAt(Now.AddMinutes(30));
        appointment.Cancel(null);

        Assert.Throws<RuleViolationException>(appointment.Complete);
        Assert.Throws<RuleViolationException>(() => appointment.Cancel("again"));
        Assert.Throws<RuleViolationException>(() => appointment.MarkNoShow(Now.AddHours(1)));
        Assert.Throws<RuleViolationException>(() =>
            appointment.Reschedule(appointment.DoctorId, new AppointmentSlot(Now.AddDays(1), 30), null, Now));
        Assert.Equal(2, appointment.Revision);
    }

    [Fact]
    public void Deleting_is_refused_with_payments()
    {
        var appointment = BookAt(Now.AddMinutes(30));

        Assert.Throws<ConflictException>(() => appointment.Delete(1, Now));
        Assert.Null(appointment.DeletedAt);
        appointment.Delete(0, Now);
        Assert.Equal(Now, appointment.DeletedAt);
    }

    [Fact]
    public void Only_the_four_contract_statuses_are_known()
    {
        Assert.Equal(["scheduled", "completed", "cancelled", "no_show"], AppointmentStatuses.All);
        Assert.DoesNotContain("Scheduled", AppointmentStatuses.All);
    }
}
