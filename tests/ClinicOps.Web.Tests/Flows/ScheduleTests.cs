using System.Globalization;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>Doctors' working hours and time off, and the clinic's appointment types.</summary>
public sealed class ScheduleTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_sets_a_doctors_working_hours_with_two_intervals_a_day_and_the_calendar_shades_the_rest()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Doctors" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hours and time off of Dr Grace Hopper" }).ClickAsync();
        var editor = Page.GetByTestId("working-hours-editor");
        await Expect(editor.Locator("fieldset")).ToBeEnabledAsync();

        await editor.GetByRole(AriaRole.Button, new() { Name = "Add hours on Monday" }).ClickAsync();
        await editor.GetByLabel("Monday, hours 1, from").FillAsync("09:00");
        await editor.GetByLabel("Monday, hours 1, until").FillAsync("12:30");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add hours on Monday" }).ClickAsync();
        await editor.GetByLabel("Monday, hours 2, from").FillAsync("14:00");
        await editor.GetByLabel("Monday, hours 2, until").FillAsync("18:00");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Copy Monday to Tuesday–Friday" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Remove Wednesday's hours 2" }).ClickAsync();
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save working hours" }).ClickAsync();

        await Expect(editor.GetByTestId("hours-saved")).ToHaveTextAsync("Working hours saved.");
        await SaveScreenshotAsync("doctor-schedule");
        var hours = await owner.GetJsonAsync($"/api/doctors/{grace}/working-hours");
        var week = hours.GetProperty("week").EnumerateArray().ToDictionary(d => d.GetProperty("day").GetString()!, d => d.GetProperty("intervals").GetArrayLength());
        Assert.Equal(new Dictionary<string, int> { ["monday"] = 2, ["tuesday"] = 2, ["wednesday"] = 1, ["thursday"] = 2, ["friday"] = 2 }, week);

        // Overlapping hours are refused next to the interval the API names.
        await editor.GetByRole(AriaRole.Button, new() { Name = "Add hours on Friday" }).ClickAsync();
        await editor.GetByLabel("Friday, hours 3, from").FillAsync("11:00");
        await editor.GetByLabel("Friday, hours 3, until").FillAsync("15:00");
        await editor.GetByRole(AriaRole.Button, new() { Name = "Save working hours" }).ClickAsync();
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("Please correct the fields marked below.");
        await Expect(editor.Locator("tr[data-day=friday] .validation-message").First).ToBeVisibleAsync();

        var monday = ApiArrange.ClinicDate(1);
        while (monday.DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(1);
        }

        var calendar = new CalendarPage(Page);
        await calendar.OpenAsync(monday);
        await Expect(Page.Locator("[data-calendar-grid] tbody tr").First.Locator("th")).ToHaveTextAsync("09:00");
        await Expect(calendar.Slot("13:00", "Dr Grace Hopper (outside working hours)")).ToBeVisibleAsync();
        await Expect(calendar.Slot("14:00", "Dr Grace Hopper")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_receptionist_adds_a_doctors_holiday_with_its_reason_and_deletes_it_again()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        var first = ApiArrange.ClinicDate(10);
        await SignInAsync(receptionist);
        await Page.GotoAsync($"/doctors/{grace}/schedule");
        await Expect(Page.GetByTestId("no-time-off")).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Textbox, new() { Name = "From", Exact = true }).FillAsync(first.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Until", Exact = true }).FillAsync(first.AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Reason").FillAsync("Holiday");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add time off" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Time off added.");
        var list = Page.GetByTestId("time-off-list");
        await Expect(list.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(list).ToContainTextAsync("Holiday");
        await Expect(list).ToContainTextAsync("00:00");
        var stored = (await owner.GetJsonAsync($"/api/doctors/{grace}/time-off")).GetProperty("items")[0];
        Assert.Equal(ApiArrange.At(first, 0), stored.GetProperty("startsAt").GetDateTimeOffset());
        Assert.Equal(ApiArrange.At(first.AddDays(5), 0), stored.GetProperty("endsAt").GetDateTimeOffset());

        var calendar = new CalendarPage(Page);
        await calendar.OpenAsync(first.AddDays(2));
        await Expect(Page.GetByTestId("time-off")).ToHaveTextAsync("Time off: Holiday");

        await Page.GotoAsync($"/doctors/{grace}/schedule");
        await list.GetByRole(AriaRole.Button, new() { Name = "Delete" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Time off deleted.");
        await Expect(Page.GetByTestId("no-time-off")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Time_off_ending_before_it_starts_is_refused_next_to_its_dates()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        await SignInAsync(owner);
        await Page.GotoAsync($"/doctors/{grace}/schedule");

        await Page.GetByRole(AriaRole.Textbox, new() { Name = "From", Exact = true }).FillAsync(ApiArrange.ClinicDate(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Textbox, new() { Name = "Until", Exact = true }).FillAsync(ApiArrange.ClinicDate(3).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add time off" }).ClickAsync();

        await Expect(Page.Locator(".validation-message").First).ToBeVisibleAsync();
        await Expect(Page.GetByRole(AriaRole.Textbox, new() { Name = "From", Exact = true })).ToHaveValueAsync(ApiArrange.ClinicDate(5).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_receptionist_creates_edits_and_archives_an_appointment_type()
    {
        var owner = await App.SignUpClinicAsync();
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);

        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Appointment types" }).ClickAsync();
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "New type" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("Check-up");
        await Page.GetByLabel("Length (minutes)").FillAsync("45");
        await Page.GetByLabel("Price (EUR)").FillAsync("80.00");
        await Page.GetByLabel("Colour in the calendar").FillAsync("#2e8b57");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create type" }).ClickAsync();

        var row = Page.GetByTestId("type-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("45 min");
        await Expect(row).ToContainTextAsync("80.00 EUR");
        await Expect(row).ToContainTextAsync("#2E8B57"); // as the API stores it
        await SaveScreenshotAsync("appointment-types");

        await row.GetByRole(AriaRole.Link, new() { Name = "Check-up" }).ClickAsync();
        await Page.GetByLabel("Price (EUR)").FillAsync("85.50");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save changes" }).ClickAsync();
        await Expect(row).ToContainTextAsync("85.50 EUR");

        // A second type with the same name (in other letters) is refused next to the name.
        await Page.GetByRole(AriaRole.Link, new() { Name = "New type" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("CHECK-UP");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create type" }).ClickAsync();
        await Expect(Page.GetByTestId("problem-banner")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Name")).ToHaveValueAsync("CHECK-UP");

        await Page.GotoAsync("/appointment-types");
        await row.GetByRole(AriaRole.Link, new() { Name = "Check-up" }).ClickAsync();
        await Page.GetByText("Archive this type…").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Archive type" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Type archived: it can no longer be booked.");
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Show archived types too" }).ClickAsync();
        await Expect(row).ToContainTextAsync("Archived");
    }

    [Fact]
    public async Task A_doctor_reads_hours_time_off_and_types_but_is_offered_no_changes()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        await owner.SetDailyHoursAsync(grace, "08:30", "16:00");
        await owner.AddTimeOffAsync(grace, ApiArrange.At(ApiArrange.ClinicDate(7), 0), ApiArrange.At(ApiArrange.ClinicDate(8), 0), "Course");
        var type = await owner.AddTypeAsync("Check-up", 30, 50m, "#1E90FF");
        var doctor = await App.AddStaffAsync(owner, "doctor", "Dr Grace's Login");
        await SignInAsync(doctor);

        await Page.GotoAsync("/doctors");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "New doctor" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "Edit Dr Grace Hopper" })).ToHaveCountAsync(0);
        await Page.GetByRole(AriaRole.Link, new() { Name = "Hours and time off of Dr Grace Hopper" }).ClickAsync();
        await Expect(Page.GetByTestId("hours-table")).ToContainTextAsync("08:30–16:00");
        await Expect(Page.GetByTestId("time-off-list")).ToContainTextAsync("Course");
        await Expect(Page.GetByTestId("working-hours-editor")).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Add time off" })).ToHaveCountAsync(0);
        await Expect(Page.GetByRole(AriaRole.Button, new() { Name = "Delete" })).ToHaveCountAsync(0);

        await Page.GotoAsync("/appointment-types");
        await Expect(Page.GetByTestId("type-row")).ToContainTextAsync("50.00 EUR");
        await Expect(Page.GetByRole(AriaRole.Link, new() { Name = "New type" })).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("type-row").GetByRole(AriaRole.Link)).ToHaveCountAsync(0);
        await Page.GotoAsync($"/appointment-types/{type}/edit");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not allowed" })).ToBeVisibleAsync();
    }
}
