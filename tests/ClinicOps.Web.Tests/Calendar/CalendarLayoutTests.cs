using ClinicOps.Web.Api;
using ClinicOps.Web.Calendar;
using ClinicOps.Web.Clinic;
using Microsoft.Extensions.Time.Testing;

namespace ClinicOps.Web.Tests.Calendar;

public sealed class CalendarLayoutTests
{
    [Fact]
    public void The_time_axis_runs_from_the_earliest_to_the_latest_working_hour_of_the_doctors_shown_on_the_slot_step()
    {
        var clinic = new CalendarScenario();
        clinic.Doctor("Dr Early", (DayOfWeek.Tuesday, "09:00", "12:30"), (DayOfWeek.Wednesday, "07:00", "20:00"));
        clinic.Doctor("Dr Late", (DayOfWeek.Tuesday, "10:00", "18:10"));

        var layout = clinic.Layout();

        Assert.Equal(9 * 60, layout.RowMinutes[0]);
        Assert.Equal((18 * 60) + 0, layout.RowMinutes[^1]);
        Assert.All(layout.RowMinutes.Zip(layout.RowMinutes.Skip(1)), pair => Assert.Equal(15, pair.Second - pair.First));
    }

    [Fact]
    public void A_day_without_any_hours_shows_eight_to_six_widened_to_an_appointment_outside_it()
    {
        var clinic = new CalendarScenario();
        var doctor = clinic.Doctor("Dr Anytime");
        clinic.Visit(doctor, "19:00", 30);

        var layout = clinic.Layout();

        Assert.Equal(CalendarLayout.DefaultStartMinute, layout.RowMinutes[0]);
        Assert.Equal((19 * 60) + 15, layout.RowMinutes[^1]);
        Assert.True(layout.Slot(0, 0).IsFree, "A doctor without hours takes any time.");
    }

    [Fact]
    public void The_rows_follow_the_clinics_slot_step()
    {
        var clinic = new CalendarScenario { StepMinutes = 20 };
        clinic.Doctor("Dr Twenty", (DayOfWeek.Tuesday, "09:10", "11:00"));

        var layout = clinic.Layout();

        Assert.Equal([9 * 60, (9 * 60) + 20, (9 * 60) + 40, 10 * 60, (10 * 60) + 20, (10 * 60) + 40], layout.RowMinutes);
    }

    [Fact]
    public void A_slot_is_free_only_inside_hours_outside_time_off_not_taken_and_still_ahead()
    {
        var clinic = new CalendarScenario(now: new DateTimeOffset(2027, 3, 9, 8, 20, 0, TimeSpan.Zero)); // 09:20 in Berlin
        var doctor = clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "12:00"), (DayOfWeek.Tuesday, "13:00", "17:00"));
        clinic.Off(doctor, "15:00", "17:00", "Course");
        clinic.Visit(doctor, "10:00", 30);
        clinic.Visit(doctor, "11:00", 30, AppointmentStatus.Cancelled);

        var layout = clinic.Layout();
        CalendarSlot At(string time) => layout.Slot(layout.RowMinutes.ToList().IndexOf(WorkingInterval.MinuteOfDay(time)), 0);

        Assert.True(At("09:15").Past);
        Assert.False(At("09:15").IsFree);
        Assert.True(At("09:30").IsFree);
        Assert.True(At("10:15").Booked);
        Assert.True(At("11:00").IsFree, "A cancelled visit frees its slot.");
        Assert.False(At("12:15").Working);
        Assert.True(At("12:15").CanBook(mayBookOutsideHours: true));
        Assert.False(At("12:15").CanBook(mayBookOutsideHours: false));
        Assert.Equal("Course", At("15:00").TimeOff?.Reason);
        Assert.True(At("15:00").FirstOfTimeOff);
        Assert.False(At("15:15").FirstOfTimeOff);
        Assert.False(At("15:15").IsFree);
    }

    [Fact]
    public void An_appointment_sits_in_the_slot_it_starts_in_as_tall_as_its_length_in_its_types_colour()
    {
        var clinic = new CalendarScenario();
        var doctor = clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "12:00"));
        var checkUp = clinic.Type("Check-up", 45, "#1E90FF");
        clinic.Visit(doctor, "09:20", 45, type: checkUp);

        var block = Assert.Single(clinic.Layout().Blocks);

        Assert.Equal(1, block.Row);
        Assert.Equal(1 / 3.0, block.Offset, 3);
        Assert.Equal(3, block.Rows, 3);
        Assert.Equal("#1E90FF", block.Color);
        Assert.Equal((0, 1), (block.Lane, block.Lanes));
    }

    [Fact]
    public void Appointments_overlapping_in_a_column_share_it_in_lanes_and_the_next_one_has_it_to_itself()
    {
        var clinic = new CalendarScenario();
        var doctor = clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "12:00"));
        var cancelled = clinic.Visit(doctor, "10:00", 30, AppointmentStatus.Cancelled);
        var rebooked = clinic.Visit(doctor, "10:00", 45);
        var later = clinic.Visit(doctor, "10:15", 15, AppointmentStatus.Cancelled);
        var alone = clinic.Visit(doctor, "11:00", 30);

        var blocks = clinic.Layout().Blocks.ToDictionary(b => b.Appointment.Id);

        Assert.Equal(3, blocks[cancelled.Id].Lanes);
        Assert.Equal(3, blocks[rebooked.Id].Lanes);
        Assert.NotEqual(blocks[cancelled.Id].Lane, blocks[rebooked.Id].Lane);
        Assert.Equal(2, blocks[later.Id].Lane);
        Assert.Equal((0, 1), (blocks[alone.Id].Lane, blocks[alone.Id].Lanes));
    }

    [Fact]
    public void An_appointment_belongs_to_its_doctors_column_on_the_clinics_date_not_the_servers()
    {
        var clinic = new CalendarScenario();
        var grace = clinic.Doctor("Dr Grace");
        var alan = clinic.Doctor("Dr Alan");
        clinic.Visit(alan, "00:30", 30);
        clinic.Visit(grace, "23:30", 30);

        var blocks = clinic.Layout().Blocks;

        Assert.Equal(2, blocks.Count);
        Assert.Contains(blocks, b => b.Column == 1 && b.Appointment.PatientName == "Ada Patient" && b.Row == 0);
        Assert.Contains(blocks, b => b.Column == 0);
    }

    [Fact]
    public void The_keyboard_starts_on_the_first_free_slot_from_now_on()
    {
        var clinic = new CalendarScenario(now: new DateTimeOffset(2027, 3, 9, 9, 5, 0, TimeSpan.Zero)); // 10:05 in Berlin
        var grace = clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "12:00"));
        clinic.Doctor("Dr Alan", (DayOfWeek.Tuesday, "11:00", "12:00"));
        clinic.Visit(grace, "10:15", 60);

        var layout = clinic.Layout();
        var (row, column) = layout.FirstFocus();

        // Dr Grace is busy until 11:15; Dr Alan starts at 11:00.
        Assert.Equal(((11 * 60) - (9 * 60)) / 15, row);
        Assert.Equal(1, column);
    }

    [Fact]
    public void On_the_night_clocks_go_forward_a_slot_is_the_instant_its_wall_clock_time_means()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2027, 3, 1, 0, 0, 0, TimeSpan.Zero));
        var clock = new ClinicClock(CalendarScenario.Berlin, time);
        var doctorId = Guid.CreateVersion7();
        var sunday = new DateOnly(2027, 3, 28);
        var hours = new WorkingHours(doctorId, [new WorkingDay("sunday", [new WorkingInterval("01:00", "04:00")])]);

        var layout = CalendarLayout.Build([new CalendarColumn(0, doctorId, "Dr Night", sunday)], new Dictionary<Guid, WorkingHours> { [doctorId] = hours },
            [], [], new Dictionary<Guid, AppointmentType>(), 60, clock);

        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.FromHours(1)), layout.Slot(0, 0).StartsAt);
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 3, 0, 0, TimeSpan.FromHours(2)), layout.Slot(2, 0).StartsAt);
    }
}
