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
        var appointment = await owner.BookTypedAsync(doctor, patient, await owner.AddAppointmentTypeAsync("Check-up", 30, 60.00m),
            DateTimeOffset.UtcNow.AddDays(2));
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

    private async Task AssertNoSidewaysScrollingAsync(string where = "this page")
    {
        var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
        if (overflow > 0)
        {
            // Name the elements that stick out (not those scrolled inside a box of their own), innermost last, so a
            // failure says where to look.
            var wide = await Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                  .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return false; } return true; })
                  .map(e => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`)
                  .slice(-8)
                """);
            Assert.Fail($"{where} scrolls sideways by {overflow} px at 390 px: {string.Join("; ", wide)}");
        }
    }
}
