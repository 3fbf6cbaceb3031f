using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class CalendarKeyboardTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_receptionist_books_from_the_calendar_with_the_keyboard_alone()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        await owner.SetDailyHoursAsync(grace, "09:00", "12:00");
        await owner.AddPatientAsync("Kim Keyboard", "+4915123000001");
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        var tomorrow = ApiArrange.ClinicDate(1);
        var calendar = new CalendarPage(Page);
        await SignInAsync(receptionist);
        await calendar.OpenAsync(tomorrow);

        // Tab reaches the grid once, on its first free slot; the arrows move from slot to slot.
        await TabUntilAsync(calendar.Slot("09:00", "Dr Grace Hopper"));
        await Page.Keyboard.PressAsync("ArrowDown");
        await Page.Keyboard.PressAsync("ArrowDown");
        await Expect(calendar.Slot("09:30", "Dr Grace Hopper")).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("ArrowUp");
        await Expect(calendar.Slot("09:15", "Dr Grace Hopper")).ToBeFocusedAsync();
        await Expect(calendar.Slot("09:15", "Dr Grace Hopper")).ToHaveAttributeAsync("tabindex", "0");
        await Expect(Page.Locator("[data-calendar-grid] [tabindex='0']")).ToHaveCountAsync(1);

        // Enter opens the booking with the focus in the patient search; the result and the button are reached by Tab.
        await Page.Keyboard.PressAsync("Enter");
        var search = calendar.Dialog.GetByLabel("Find a patient by name, phone or email");
        await Expect(search).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync("Kim");
        var result = calendar.Dialog.GetByRole(AriaRole.Button, new() { Name = "Kim Keyboard" });
        await Expect(result).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Tab");
        await Expect(result).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(calendar.Dialog.GetByTestId("chosen-patient")).ToContainTextAsync("Kim Keyboard");
        await TabUntilAsync(calendar.Dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }));
        var outline = await Page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
        await Page.Keyboard.PressAsync("Enter");

        await Expect(Page.GetByTestId("booked")).ToContainTextAsync("Booked: Kim Keyboard with Dr Grace Hopper");
        var booked = calendar.Block("Kim Keyboard");
        await Expect(booked).ToContainTextAsync("09:15–09:45");

        // Focus comes back to the slot, which now holds the appointment; Enter opens it.
        await Expect(booked).ToBeFocusedAsync();
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Kim Keyboard with Dr Grace Hopper" })).ToBeVisibleAsync();
    }

    /// <summary>Presses Tab until the element has the focus (a page has a bounded number of stops before it).</summary>
    private async Task TabUntilAsync(ILocator target)
    {
        for (var presses = 0; presses < 60; presses++)
        {
            if (await target.EvaluateAsync<bool>("element => element === document.activeElement"))
            {
                return;
            }

            await Page.Keyboard.PressAsync("Tab");
        }

        await Expect(target).ToBeFocusedAsync();
    }
}
