using System.Globalization;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class CalendarTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_sees_each_doctors_day_with_hours_time_off_and_appointments_in_words_and_colours()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        var alan = await owner.AddDoctorAsync("Dr Alan Turing", "Neurology");
        await owner.SetDailyHoursAsync(grace, "09:00", "12:00", "13:00", "17:00");
        await owner.SetDailyHoursAsync(alan, "10:00", "16:00");
        var checkUp = await owner.AddTypeAsync("Check-up", 45, 80m, "#1E90FF");
        var vaccination = await owner.AddTypeAsync("Vaccination", 15, 25.5m, "#2E8B57");
        var ada = await owner.AddPatientAsync("Ada Early", "+4915120000001");
        var carl = await owner.AddPatientAsync("Carl Cancelled", "+4915120000002");
        var vera = await owner.AddPatientAsync("Vera Vaccinated", "+4915120000003");
        var tomorrow = ApiArrange.ClinicDate(1);
        await owner.BookAsync(grace, ada, ApiArrange.At(tomorrow, 9), checkUp);
        var cancelled = await owner.BookAsync(grace, carl, ApiArrange.At(tomorrow, 11), 30);
        await owner.PostAsync($"/api/appointments/{cancelled}/cancel", new { reason = "Clash" });
        var done = await owner.BookAsync(alan, vera, ApiArrange.At(tomorrow, 10, 30), vaccination);
        await owner.PostAsync($"/api/appointments/{done}/complete");
        await owner.AddTimeOffAsync(alan, ApiArrange.At(tomorrow, 14), ApiArrange.At(tomorrow, 16), "Conference");
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        var calendar = new CalendarPage(Page);

        await SignInAsync(receptionist);
        await calendar.WaitInteractiveAsync();
        await Expect(calendar.Heading).ToHaveTextAsync(CalendarPage.Day(ApiArrange.ClinicDate(0)));
        await calendar.ClickAsync("Next day");

        await Expect(calendar.Heading).ToHaveTextAsync(CalendarPage.Day(tomorrow));
        await Expect(calendar.ColumnHeads).ToHaveTextAsync(["Dr Alan Turing", "Dr Grace Hopper"]);
        await Expect(calendar.Blocks).ToHaveCountAsync(3);
        await Expect(calendar.Block("Ada Early")).ToContainTextAsync("09:00–09:45");
        await Expect(calendar.Block("Ada Early")).ToContainTextAsync("Check-up");
        await Expect(calendar.Block("Ada Early")).ToHaveAttributeAsync("style", new System.Text.RegularExpressions.Regex("--type-color: #1E90FF"));
        await Expect(calendar.Block("Vera Vaccinated")).ToContainTextAsync("✓ Completed");
        await Expect(calendar.Block("Carl Cancelled")).ToContainTextAsync("Cancelled");
        await Expect(calendar.Block("Carl Cancelled").Locator(".calendar-block-patient")).ToHaveCSSAsync("text-decoration-line", "line-through");
        await Expect(Page.GetByTestId("time-off")).ToHaveTextAsync("Time off: Conference");

        // The axis runs from the earliest working hour (Dr Hopper's 09:00) to the latest (her 17:00), every 15 minutes.
        var rows = Page.Locator("[data-calendar-grid] tbody tr");
        await Expect(rows).ToHaveCountAsync(32);
        await Expect(rows.First.Locator("th")).ToHaveTextAsync("09:00");
        await Expect(calendar.Slot("12:15", "Dr Grace Hopper (outside working hours)")).ToBeVisibleAsync();
        await Expect(calendar.Slot("14:30", "Dr Alan Turing (time off: Conference)")).ToBeVisibleAsync();
        await Expect(calendar.Slot("09:30", "Dr Alan Turing (outside working hours)")).ToBeVisibleAsync();
        await Expect(calendar.Slot("10:00", "Dr Grace Hopper")).ToBeVisibleAsync();
        await Expect(calendar.Slot("09:15", "Dr Grace Hopper")).ToHaveCountAsync(0);
        await SaveScreenshotAsync("calendar-day");
    }

    [Fact]
    public async Task A_doctors_week_moves_week_by_week_and_jumps_to_a_date_in_one_click()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        await owner.AddDoctorAsync("Dr Alan Turing");
        await owner.SetDailyHoursAsync(grace, "09:00", "12:30", "14:00", "18:00");
        var checkUp = await owner.AddTypeAsync("Check-up", 30, 60m, "#1E90FF");
        var patient = await owner.AddPatientAsync("Wendy Week", "+4915121000001");
        var monday = NextMonday();
        await owner.BookAsync(grace, patient, ApiArrange.At(monday, 10), checkUp);
        await owner.BookAsync(grace, patient, ApiArrange.At(monday.AddDays(2), 15), 60);
        await owner.AddTimeOffAsync(grace, ApiArrange.At(monday.AddDays(4), 0), ApiArrange.At(monday.AddDays(5), 0), "Holiday");
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner);
        await calendar.WaitInteractiveAsync();

        await calendar.ClickAsync("Week");
        await Page.GetByLabel("Doctor", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Dr Grace Hopper" });
        await Expect(calendar.Heading).ToContainTextAsync("Dr Grace Hopper");
        await calendar.ClickAsync("Next week");

        var english = CultureInfo.GetCultureInfo("en-GB");
        await Expect(calendar.Heading).ToHaveTextAsync(
            $"Week of {monday.ToString("d MMMM", english)} – {monday.AddDays(6).ToString("d MMMM yyyy", english)}, Dr Grace Hopper");
        await Expect(calendar.ColumnHeads).ToHaveTextAsync([.. Enumerable.Range(0, 7).Select(d => monday.AddDays(d).ToString("ddd d MMM", english))]);
        await Expect(calendar.Blocks).ToHaveCountAsync(2);
        await Expect(calendar.Blocks.First).ToContainTextAsync("10:00–10:30");
        await Expect(Page.GetByTestId("time-off")).ToHaveTextAsync("Time off: Holiday");
        // The address keeps the day moved to (a week later than today), so a reload or a shared link shows this week.
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"date={ApiArrange.ClinicDate(7):yyyy-MM-dd}&view=week&doctorId={grace}"));
        await SaveScreenshotAsync("calendar-week");

        await calendar.ClickAsync("Previous week");
        await Expect(calendar.Blocks).ToHaveCountAsync(0);
        await Expect(Page.GetByTestId("empty")).ToContainTextAsync("No appointments this week — click a free slot to book one.");

        await Page.GetByLabel("Jump to date").FillAsync(monday.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Expect(calendar.Blocks).ToHaveCountAsync(2);

        await calendar.ClickAsync("Day");
        await Expect(calendar.Heading).ToHaveTextAsync(CalendarPage.Day(monday.AddDays(2)));
        await Expect(calendar.Blocks).ToHaveCountAsync(1);
        await calendar.ClickAsync("Today");
        await Expect(calendar.Heading).ToHaveTextAsync(CalendarPage.Day(ApiArrange.ClinicDate(0)));
    }

    [Fact]
    public async Task A_clinic_without_doctors_is_told_what_to_do()
    {
        var owner = await App.SignUpClinicAsync();
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner);
        await calendar.WaitInteractiveAsync();

        await Expect(Page.GetByTestId("empty")).ToContainTextAsync("No doctors yet");
        await Page.GetByRole(AriaRole.Link, new() { Name = "Add the first doctor" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "New doctor" })).ToBeVisibleAsync();
    }

    /// <summary>The first Monday after today in the clinic: always in next week's calendar.</summary>
    private static DateOnly NextMonday()
    {
        var date = ApiArrange.ClinicDate(1);
        while (date.DayOfWeek != DayOfWeek.Monday)
        {
            date = date.AddDays(1);
        }

        return date;
    }
}
