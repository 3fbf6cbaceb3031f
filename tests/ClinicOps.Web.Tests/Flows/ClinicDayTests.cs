using System.Globalization;
using System.Text.RegularExpressions;
using ClinicOps.Testing;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>One clinic's whole day in the browser, from the owner's morning settings to the evening's dashboard.</summary>
public sealed class ClinicDayTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    /// <summary>Time between the reminder settings being worked out and the booking reaching the reminders service.</summary>
    private static readonly TimeSpan BookingMargin = TimeSpan.FromSeconds(45);

    private readonly ITestOutputHelper output = output;

    [Fact]
    public async Task A_clinic_runs_a_whole_day_in_the_browser()
    {
        var zone = DaytimeZone.Now();
        var unique = Guid.CreateVersion7().ToString("N")[^8..];
        var owner = await App.SignUpClinicAsync(zone, $"Day Clinic {unique}");
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var checkUp = await owner.AddAppointmentTypeAsync("Check-up", 30, 80.00m);
        var email = $"paula-{unique}@example.com";
        var patient = await owner.AddPatientAsync("Paula Patient", "+4915112340000", email);
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");

        // Morning: the owner signs in and sets the day up — free slots every 5 minutes.
        await SignInAsync(owner);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Page.GetByLabel("Free slots every (minutes)").FillAsync("5");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Clinic settings saved.");

        // A patient calls: the next free Check-up slot a few minutes ahead. The email reminder's lead time is chosen so it
        // falls due shortly after the booking (the smallest lead time is a minute), and a follow-up call the next day.
        var startsAt = await FirstFreeSlotAsync(owner, doctor, checkUp, zone, notBefore: DateTimeOffset.UtcNow.AddMinutes(3));
        var leadMinutes = (int)Math.Floor((startsAt - DateTimeOffset.UtcNow - BookingMargin).TotalMinutes);
        output.WriteLine($"visit at {startsAt:O}, reminder {leadMinutes} min before (due {startsAt.AddMinutes(-leadMinutes):O})");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Settings" }).GetByRole(AriaRole.Link, new() { Name = "Reminders" }).ClickAsync();
        await Page.GetByLabel("Lead times (minutes before the visit)").FillAsync(leadMinutes.ToString(CultureInfo.InvariantCulture));
        await Page.GetByLabel("Sent by").SelectOptionAsync(new SelectOptionValue { Label = "Email" });
        await Page.GetByLabel("Follow up after (days)").FillAsync("1");
        await Page.GetByLabel("Follow up by").SelectOptionAsync(new SelectOptionValue { Label = "Phone call" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save reminder settings" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("Reminder settings saved.");
        var appointment = await owner.BookTypedAsync(doctor, patient, checkUp, startsAt);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // The front desk: the visit is on today's list, and its reminder email goes out before it.
        await SignInAsync(receptionist);
        await Page.Locator($"a[href='/appointments/{appointment}']").ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Paula Patient with Dr Grace Hopper" })).ToBeVisibleAsync();
        var reminder = Page.Locator("[data-type=email][data-purpose=upcoming]");
        await ReloadUntilAsync(reminder, "the automatic email reminder", TimeSpan.FromSeconds(30));
        var subjects = await Eventually.GetAsync(() => App.Mailbox.SubjectsToAsync(email), found => found.Count > 0,
            "the reminder email in the dev mailbox", TimeSpan.FromMinutes(3));
        Assert.Equal($"Appointment reminder from Day Clinic {unique}", Assert.Single(subjects));
        await ReloadUntilAsync(reminder.Locator("[data-reminder-status=sent]"), "the reminder to show as sent", TimeSpan.FromSeconds(30));
        await Expect(reminder).ToContainTextAsync("via Email server");

        // The patient arrives and is seen; the visit is completed and paid by card at the price of a check-up.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Complete" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Appointment completed.");
        await Expect(Page.GetByLabel("Amount (EUR)")).ToHaveValueAsync(new Regex(@"^80(\.00)?$"));
        await Page.GetByLabel("Method").SelectOptionAsync(new SelectOptionValue { Label = "Card" });
        await Page.GetByLabel("Paid now").CheckAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Expect(Page.GetByTestId("payment-saved")).ToHaveTextAsync("Payment recorded.");
        await Expect(Page.Locator("[data-total=paid]")).ToHaveTextAsync("80.00 EUR (1)");

        // Completing it set up tomorrow's follow-up call, which is on tomorrow's call list.
        await ReloadUntilAsync(Page.Locator("[data-type=call][data-purpose=follow_up]"), "the follow-up call", TimeSpan.FromSeconds(30));
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "Next day" }).ClickAsync();
        var call = Page.Locator("[data-call]");
        await Expect(call).ToHaveCountAsync(1);
        await Expect(call).ToContainTextAsync("Paula Patient");
        await Expect(call).ToContainTextAsync("Follow-up");
        await Expect(call.Locator("a[href='tel:+4915112340000']")).ToBeVisibleAsync();
        await SaveScreenshotAsync("day-call-list-tomorrow");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();

        // Evening: the owner's dashboard shows the day's revenue.
        await SignInAsync(owner);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Dashboard" }).ClickAsync();
        await ReloadUntilAsync(Page.Locator("[data-figure=revenue]", new() { HasText = "80.00 EUR" }), "the revenue on the dashboard",
            TimeSpan.FromSeconds(30));
        await Expect(Page.Locator("[data-figure=completed]")).ToHaveTextAsync("1");
        var today = ClinicArrange.TodayIn(zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await Page.GetByText("Revenue per day as a table").ClickAsync();
        await Expect(Page.Locator($"tr[data-date='{today}']")).ToContainTextAsync("80.00 EUR");
        await SaveScreenshotAsync("day-dashboard");
    }

    private static async Task<DateTimeOffset> FirstFreeSlotAsync(StaffAccount owner, Guid doctor, Guid type, string zone, DateTimeOffset notBefore)
    {
        var today = ClinicArrange.TodayIn(zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slots = await owner.GetJsonAsync($"/api/availability?doctorId={doctor}&from={today}&to={today}&appointmentTypeId={type}");
        return slots.GetProperty("items").EnumerateArray()
            .Select(slot => slot.GetProperty("startsAt").GetDateTimeOffset())
            .First(start => start >= notBefore);
    }

    /// <summary>What follows from events (reminders, the read model) shows after a moment: reload until it does.</summary>
    private async Task ReloadUntilAsync(ILocator locator, string what, TimeSpan timeout) =>
        await Eventually.UntilAsync(async () =>
        {
            if (await locator.CountAsync() > 0)
            {
                return true;
            }

            await Page.ReloadAsync();
            return false;
        }, what, timeout);
}
