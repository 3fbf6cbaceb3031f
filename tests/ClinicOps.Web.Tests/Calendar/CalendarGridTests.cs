using Bunit;
using ClinicOps.Web.Api;
using ClinicOps.Web.Calendar;
using ClinicOps.Web.Components.Calendar;

namespace ClinicOps.Web.Tests.Calendar;

public sealed class CalendarGridTests : BunitContext
{
    [Fact]
    public void A_free_slot_is_a_button_named_for_its_time_and_doctor_that_chooses_the_slot()
    {
        var clinic = new CalendarScenario();
        clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "12:00"));
        CalendarSlot? chosen = null;

        var grid = RenderGrid(clinic, mayBookOutsideHours: false, slot => chosen = slot);
        grid.Find("button[aria-label='Book 09:30 with Dr Grace']").Click();

        Assert.NotNull(chosen);
        Assert.Equal(clinic.At("09:30"), chosen.StartsAt);
    }

    [Fact]
    public void An_appointment_shows_its_time_patient_type_and_status_in_words_beside_its_colour()
    {
        var clinic = new CalendarScenario(now: new DateTimeOffset(2027, 3, 9, 12, 0, 0, TimeSpan.Zero));
        var grace = clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "12:00"));
        var checkUp = clinic.Type("Check-up", 30, "#1E90FF");
        var done = clinic.Visit(grace, "09:00", 30, AppointmentStatus.Completed, checkUp, "Ada Done");
        var called = clinic.Visit(grace, "10:00", 30, AppointmentStatus.Cancelled, checkUp, "Carl Cancelled");
        var absent = clinic.Visit(grace, "11:00", 30, AppointmentStatus.NoShow, null, "Nora Absent");

        var grid = RenderGrid(clinic);

        var completed = Block(grid, done);
        Assert.Equal("09:00–09:30 Ada Done Check-up ✓ Completed", Text(completed));
        Assert.Contains("--type-color: #1E90FF", completed.GetAttribute("style"), StringComparison.Ordinal);
        Assert.Equal($"/appointments/{done.Id}", completed.GetAttribute("href"));
        var cancelled = Block(grid, called);
        Assert.Contains("calendar-block-cancelled", cancelled.ClassName, StringComparison.Ordinal);
        Assert.EndsWith("✕ Cancelled", Text(cancelled), StringComparison.Ordinal);
        Assert.EndsWith("! No-show", Text(Block(grid, absent)), StringComparison.Ordinal);
        Assert.Contains($"--type-color: {CalendarBlock.NeutralColor}", Block(grid, absent).GetAttribute("style"), StringComparison.Ordinal);
    }

    [Fact]
    public void Owners_and_receptionists_may_open_a_booking_outside_hours_and_doctors_only_in_free_slots()
    {
        var clinic = new CalendarScenario();
        var grace = clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "10:00"), (DayOfWeek.Tuesday, "11:00", "12:00"));
        clinic.Off(grace, "11:30", "12:00", "Dentist");

        var doctorView = RenderGrid(clinic, mayBookOutsideHours: false);
        var deskView = RenderGrid(clinic, mayBookOutsideHours: true);

        Assert.Empty(doctorView.FindAll("button[aria-label^='Book 10:15']"));
        Assert.Empty(doctorView.FindAll("button[aria-label^='Book 11:30']"));
        Assert.Single(deskView.FindAll("button[aria-label='Book 10:15 with Dr Grace (outside working hours)']"));
        Assert.Single(deskView.FindAll("button[aria-label='Book 11:30 with Dr Grace (time off: Dentist)']"));
        Assert.Equal("Time off: Dentist", Assert.Single(deskView.FindAll("[data-testid=time-off]")).TextContent);
        Assert.Contains("calendar-outside", deskView.Find("td[data-time='10:15']").ClassName, StringComparison.Ordinal);
        Assert.Contains("calendar-off", deskView.Find("td[data-time='11:45']").ClassName, StringComparison.Ordinal);
    }

    [Fact]
    public void The_grid_is_one_tab_stop_and_every_slot_can_be_reached_by_row_and_column()
    {
        var clinic = new CalendarScenario();
        var grace = clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "10:00"));
        clinic.Doctor("Dr Alan", (DayOfWeek.Tuesday, "09:00", "10:00"));
        clinic.Visit(grace, "09:00", 30);

        var grid = RenderGrid(clinic);

        Assert.Single(grid.FindAll("[data-calendar-grid] [tabindex='0']"));
        Assert.Equal(8, grid.FindAll("td[data-cell]").Count);
        foreach (var cell in grid.FindAll("td[data-cell]"))
        {
            Assert.Equal(1, cell.QuerySelectorAll("[data-focus]").Length + (cell.HasAttribute("data-focus") ? 1 : 0));
        }

        Assert.Equal("09:15 with Dr Grace: taken", grid.Find("td[data-time='09:15'][data-col='0']").GetAttribute("aria-label"));
    }

    [Fact]
    public void Before_the_page_is_interactive_no_slot_can_be_chosen()
    {
        var clinic = new CalendarScenario();
        clinic.Doctor("Dr Grace", (DayOfWeek.Tuesday, "09:00", "10:00"));

        var grid = Render<CalendarGrid>(parameters => parameters
            .Add(g => g.Layout, clinic.Layout())
            .Add(g => g.Clock, clinic.Clock)
            .Add(g => g.View, CalendarView.Day)
            .Add(g => g.Interactive, false));

        Assert.Empty(grid.FindAll("button"));
    }

    private IRenderedComponent<CalendarGrid> RenderGrid(CalendarScenario clinic, bool mayBookOutsideHours = true, Action<CalendarSlot>? chosen = null) =>
        Render<CalendarGrid>(parameters => parameters
            .Add(g => g.Layout, clinic.Layout())
            .Add(g => g.Clock, clinic.Clock)
            .Add(g => g.View, CalendarView.Day)
            .Add(g => g.Interactive, true)
            .Add(g => g.MayBookOutsideHours, mayBookOutsideHours)
            .Add(g => g.OnSlotChosen, chosen ?? (_ => { })));

    private static AngleSharp.Dom.IElement Block(IRenderedComponent<CalendarGrid> grid, Appointment appointment) =>
        grid.Find($"a[href='/appointments/{appointment.Id}']");

    private static string Text(AngleSharp.Dom.IElement element) =>
        string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
