using System.Globalization;
using ClinicOps.Testing;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class ReminderTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_sees_the_automatic_reminder_adds_a_follow_up_call_and_cancels_the_sms()
    {
        var (owner, appointment, startsAt) = await ArrangeAsync(email: null);
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);
        await Page.GotoAsync($"/appointments/{appointment}");

        // Booking made one automatic reminder a day ahead, by SMS as the patient has no email address.
        var sms = Page.Locator("[data-type=sms]");
        await ReloadUntilAsync(sms, "the automatic SMS reminder");
        await Expect(sms).ToContainTextAsync("Before the visit");
        await Expect(sms).ToContainTextAsync(startsAt.AddDays(-1).ToString("ddd d MMM yyyy, HH:mm", CultureInfo.GetCultureInfo("en-GB")));
        await Expect(sms.Locator("[data-reminder-status=pending]")).ToContainTextAsync("Pending");

        await Page.GetByText("Add a reminder").ClickAsync();
        await Page.GetByLabel("How").SelectOptionAsync(new SelectOptionValue { Label = "Phone call" });
        await Page.GetByLabel("Follow-up").CheckAsync();
        await Page.GetByLabel("Due date").FillAsync(startsAt.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Due time").FillAsync("11:30");
        await Page.GetByLabel("Note", new() { Exact = true }).FillAsync("Ask how the knee is");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add reminder" }).ClickAsync();

        await Expect(Page.GetByTestId("reminder-saved")).ToHaveTextAsync("Reminder added.");
        var call = Page.Locator("[data-type=call]");
        await Expect(call).ToContainTextAsync("Phone call");
        await Expect(call).ToContainTextAsync("Follow-up");
        await Expect(call).ToContainTextAsync("11:30");
        await Expect(call).ToContainTextAsync("Ask how the knee is");
        await SaveScreenshotAsync("appointment-reminders");

        await sms.GetByRole(AriaRole.Button, new() { Name = "Cancel reminder" }).ClickAsync();
        await Expect(Page.GetByTestId("reminder-saved")).ToHaveTextAsync("Reminder cancelled.");
        await Expect(sms.Locator("[data-reminder-status=cancelled]")).ToContainTextAsync("Cancelled");
        await Expect(sms.GetByRole(AriaRole.Button, new() { Name = "Cancel reminder" })).ToHaveCountAsync(0);

        var reminders = (await owner.GetJsonAsync($"/api/appointments/{appointment}/reminders")).EnumerateArray().ToList();
        var storedCall = Assert.Single(reminders, r => r.GetProperty("type").GetString() == "call");
        Assert.Equal(("follow_up", "pending", "Ask how the knee is"),
            (storedCall.GetProperty("purpose").GetString(), storedCall.GetProperty("status").GetString(), storedCall.GetProperty("note").GetString()));
        Assert.Equal(new DateTimeOffset(startsAt.Date.AddDays(2).AddHours(11).AddMinutes(30), startsAt.Offset),
            storedCall.GetProperty("sendAt").GetDateTimeOffset());
        Assert.Equal("cancelled", Assert.Single(reminders, r => r.GetProperty("type").GetString() == "sms").GetProperty("status").GetString());
    }

    [Fact]
    public async Task A_reminder_the_api_refuses_is_explained_and_what_was_typed_stays()
    {
        var (owner, appointment, startsAt) = await ArrangeAsync(email: "ella@example.com");
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        await Page.GetByText("Add a reminder").ClickAsync();
        await Page.GetByLabel("Before the visit").CheckAsync();
        await Page.GetByLabel("Due date").FillAsync(startsAt.AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByLabel("Due time").FillAsync("09:00");
        await Page.GetByLabel("Note", new() { Exact = true }).FillAsync("Too late");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add reminder" }).ClickAsync();

        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("An upcoming reminder must be due before the appointment starts.");
        await Expect(Page.GetByLabel("Note", new() { Exact = true })).ToHaveValueAsync("Too late");

        await Page.GetByLabel("Due date").FillAsync(ClinicArrange.TodayIn("Europe/Berlin").AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add reminder" }).ClickAsync();
        await Expect(Page.Locator(".validation-message", new() { HasText = "sendAt must be in the future." })).ToBeVisibleAsync();
        await Expect(Page.Locator("#reminder-date")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
    }

    [Fact]
    public async Task An_email_reminder_to_a_patient_without_an_email_address_fails_and_says_why_in_plain_words()
    {
        var (owner, appointment, _) = await ArrangeAsync(email: null);
        await owner.AddReminderAsync(appointment, "email", "upcoming", DateTimeOffset.UtcNow.AddSeconds(2));
        await SignInAsync(owner);
        await Page.GotoAsync($"/appointments/{appointment}");

        var email = Page.Locator("[data-type=email]");
        await ReloadUntilAsync(email.Locator("[data-reminder-status=failed]"), "the email reminder to fail");
        await Expect(email.GetByTestId("reminder-failure"))
            .ToHaveTextAsync("The patient has no email address. Add one, or remind them by SMS or a call.");
        await Expect(email).ToContainTextAsync("Recorded: The patient has no email address.");
        await Expect(email).ToContainTextAsync("Failed");
        await Expect(email.Locator("td.text-end")).ToHaveTextAsync("1");
    }

    /// <summary>Reminders follow the appointment through events: reload the page until <paramref name="what"/> shows.</summary>
    private async Task ReloadUntilAsync(ILocator locator, string what) =>
        await Eventually.UntilAsync(async () =>
        {
            if (await locator.CountAsync() > 0)
            {
                return true;
            }

            await Page.ReloadAsync();
            return false;
        }, what, TimeSpan.FromSeconds(60));

    private async Task<(StaffAccount Owner, Guid Appointment, DateTimeOffset StartsAt)> ArrangeAsync(string? email)
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Ella Reminded", "+4915166778899", email);
        var startsAt = ApiArrange.DaysAhead(3, 10);
        return (owner, await owner.BookAsync(doctor, patient, startsAt), startsAt);
    }
}
