using System.Globalization;
using ClinicOps.Testing;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class CallListTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task The_front_desk_calls_todays_and_overdue_patients_from_the_list_and_records_how_each_call_went()
    {
        var zone = DaytimeZone.Now();
        var owner = await App.SignUpClinicAsync(zone);
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var carla = await owner.AddPatientAsync("Carla Caller", "+4915121212121");
        var norbert = await owner.AddPatientAsync("Norbert Nobody", "+4915131313131");
        var tomorrow = ClinicArrange.TodayIn(zone).AddDays(1);
        var carlasVisit = await owner.BookAsync(doctor, carla, At(zone, tomorrow, 12));
        var norbertsVisit = await owner.BookAsync(doctor, norbert, At(zone, tomorrow, 13));
        var overdueAt = DateTimeOffset.UtcNow.AddSeconds(2);
        var overdue = await owner.AddReminderAsync(carlasVisit, "call", "upcoming", overdueAt, "Confirm she is coming");
        var later = await owner.AddReminderAsync(norbertsVisit, "call", "upcoming", DateTimeOffset.UtcNow.AddHours(2));
        await owner.AddReminderAsync(carlasVisit, "call", "upcoming", At(zone, tomorrow, 9), "Tomorrow's call");
        await owner.AddReminderAsync(norbertsVisit, "sms", "upcoming", DateTimeOffset.UtcNow.AddHours(1));
        await Eventually.UntilAsync(() => Task.FromResult(DateTimeOffset.UtcNow > overdueAt), "the first call to be overdue");

        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();

        var calls = Page.Locator("[data-call]");
        await Expect(calls).ToHaveCountAsync(2);
        var carlasCall = Page.Locator($"[data-call='{overdue}']");
        await Expect(carlasCall).ToContainTextAsync("Carla Caller");
        await Expect(carlasCall.GetByTestId("overdue")).ToHaveTextAsync("! Overdue");
        await Expect(carlasCall.GetByTestId("call-note")).ToHaveTextAsync("Confirm she is coming");
        await Expect(carlasCall.Locator("a[href='tel:+4915121212121']")).ToBeVisibleAsync();
        await Expect(carlasCall.GetByRole(AriaRole.Link, new() { Name = "with Dr Grace Hopper" })).ToHaveAttributeAsync("href", $"/appointments/{carlasVisit}");
        var norbertsCall = Page.Locator($"[data-call='{later}']");
        await Expect(norbertsCall.GetByTestId("overdue")).ToHaveCountAsync(0);
        await Expect(norbertsCall.Locator("a[href='tel:+4915131313131']")).ToBeVisibleAsync();
        await SaveScreenshotAsync("call-list");

        await carlasCall.GetByLabel("Note about the call with Carla Caller").FillAsync("Voicemail, will try again");
        await carlasCall.GetByRole(AriaRole.Button, new() { Name = "Could not reach" }).ClickAsync();
        await Expect(Page.GetByTestId("call-saved")).ToHaveTextAsync("Recorded: the patient could not be reached.");
        await Expect(calls).ToHaveCountAsync(1);

        // The next one by keyboard alone: Tab to the note, type, Tab to "Called", Enter.
        await TabToAsync($"note-{later}");
        await Page.Keyboard.TypeAsync("Confirmed for tomorrow");
        await Page.Keyboard.PressAsync("Tab");
        await Expect(norbertsCall.GetByRole(AriaRole.Button, new() { Name = "Called" })).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("call-saved")).ToHaveTextAsync("Recorded: the call was made.");
        await Expect(Page.GetByTestId("no-calls")).ToBeVisibleAsync();

        var notReached = await owner.GetJsonAsync($"/api/reminders/{overdue}");
        Assert.Equal(("failed", "Voicemail, will try again"), (notReached.GetProperty("status").GetString(), notReached.GetProperty("lastError").GetString()));
        var called = await owner.GetJsonAsync($"/api/reminders/{later}");
        Assert.Equal(("sent", "staff", "Confirmed for tomorrow"),
            (called.GetProperty("status").GetString(), called.GetProperty("channel").GetString(), called.GetProperty("note").GetString()));

        await Page.GetByRole(AriaRole.Link, new() { Name = "Next day" }).ClickAsync();
        await Expect(Page.GetByTestId("call-day")).ToContainTextAsync("Tomorrow");
        await Expect(calls).ToHaveCountAsync(1);
        await Expect(calls).ToContainTextAsync("Tomorrow's call");
        await Expect(calls.GetByTestId("overdue")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_call_list_refreshes_itself_while_it_is_open()
    {
        var zone = DaytimeZone.Now();
        var owner = await App.SignUpClinicAsync(zone);
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Rhea Refresh", "+4915141414141");
        var visit = await owner.BookAsync(doctor, patient, At(zone, ClinicArrange.TodayIn(zone).AddDays(2), 12));
        await SignInAsync(owner);
        await Page.GotoAsync("/calls");
        await Expect(Page.GetByTestId("no-calls")).ToBeVisibleAsync();
        await Page.EvaluateAsync("window.stillTheSamePage = true");

        await owner.AddReminderAsync(visit, "call", "upcoming", DateTimeOffset.UtcNow.AddHours(1), "Arrived while the list was open");

        await Expect(Page.Locator("[data-call]")).ToContainTextAsync("Arrived while the list was open", new() { Timeout = 60_000 });
        Assert.True(await Page.EvaluateAsync<bool>("window.stillTheSamePage === true"), "The page was reloaded instead of refreshing its list.");
    }

    [Fact]
    public async Task A_call_someone_else_recorded_meanwhile_is_explained_and_leaves_the_list()
    {
        var zone = DaytimeZone.Now();
        var owner = await App.SignUpClinicAsync(zone);
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Dora Double", "+4915151515151");
        var visit = await owner.BookAsync(doctor, patient, At(zone, ClinicArrange.TodayIn(zone).AddDays(2), 12));
        var reminder = await owner.AddReminderAsync(visit, "call", "upcoming", DateTimeOffset.UtcNow.AddHours(1));
        await SignInAsync(owner);
        await Page.GotoAsync("/calls");
        await Page.GetByLabel("Note about the call with Dora Double").FillAsync("My note");

        await owner.PostAsync($"/api/reminders/{reminder}/mark-sent", new { note = "Done at the other desk" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Called" }).ClickAsync();

        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("only a pending one can");
        await Expect(Page.GetByTestId("no-calls")).ToBeVisibleAsync();
    }

    private async Task TabToAsync(string id) =>
        await Eventually.UntilAsync(async () =>
        {
            await Page.Keyboard.PressAsync("Tab");
            return await Page.EvaluateAsync<string>("document.activeElement?.id ?? ''") == id;
        }, $"Tab to reach #{id}");

    private static DateTimeOffset At(string timeZone, DateOnly date, int hour)
    {
        var local = date.ToDateTime(new TimeOnly(hour, 0));
        return new DateTimeOffset(local, TimeZoneInfo.FindSystemTimeZoneById(timeZone).GetUtcOffset(local));
    }
}
