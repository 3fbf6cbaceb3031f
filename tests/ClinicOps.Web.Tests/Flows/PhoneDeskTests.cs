using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>The day's money, calls and figures on a phone at the front desk: 390 px wide, nothing scrolls sideways.</summary>
public sealed class PhoneDeskTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    protected override int ViewportWidth => 390;

    [Fact]
    public async Task On_a_phone_a_payment_is_taken_and_a_call_is_recorded()
    {
        var zone = DaytimeZone.Now();
        var owner = await App.SignUpClinicAsync(zone);
        var doctor = await owner.AddDoctorAsync("Dr Mobile");
        var patient = await owner.AddPatientAsync("Max Mobile", "+4915180808081");
        var appointment = await owner.BookAsync(doctor, patient,
            DateTimeOffset.UtcNow.AddDays(2), await owner.AddTypeAsync("Check-up", 30, 60.00m, null));
        await owner.AddReminderAsync(appointment, "call", "upcoming", DateTimeOffset.UtcNow.AddHours(1), "Bring the referral letter");
        await SignInAsync(owner);

        await Page.GotoAsync($"/appointments/{appointment}");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Record payment" }).ClickAsync();
        await Expect(Page.GetByTestId("payment-saved")).ToHaveTextAsync("Payment recorded.");
        await AssertNoSidewaysScrollingAsync();
        await SaveScreenshotAsync("phone-appointment-payments");

        await Page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" }).GetByRole(AriaRole.Link, new() { Name = "Calls" }).ClickAsync();
        await Expect(Page.Locator("a[href='tel:+4915180808081']")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollingAsync();
        await SaveScreenshotAsync("phone-call-list");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Called" }).ClickAsync();
        await Expect(Page.GetByTestId("call-saved")).ToHaveTextAsync("Recorded: the call was made.");

        foreach (var path in new[] { "/payments", "/dashboard", "/settings", "/settings/users", "/settings/reminders", "/account" })
        {
            await Page.GotoAsync(path);
            await Expect(Page.Locator("h1")).ToBeVisibleAsync();
            await AssertNoSidewaysScrollingAsync(path);
        }

        await SaveScreenshotAsync("phone-account");
    }
}
