using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>The main flows on a phone at the front desk: 390 px wide, the menu behind a button.</summary>
public sealed class PhoneTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    protected override int ViewportWidth => 390;

    [Fact]
    public async Task On_a_phone_the_menu_opens_from_a_button_and_a_patient_is_created()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);

        var menu = Page.GetByRole(AriaRole.Navigation, new() { Name = "Main menu" });
        await Expect(menu).ToBeHiddenAsync();
        await Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true })).ToBeHiddenAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Menu" }).ClickAsync();
        await menu.GetByRole(AriaRole.Link, new() { Name = "Patients" }).ClickAsync();

        await Page.GetByRole(AriaRole.Link, new() { Name = "New patient" }).ClickAsync();
        await Page.GetByLabel("Name").FillAsync("Phoebe Phone");
        await Page.GetByLabel("Phone").FillAsync("0151 7070 7070");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();

        await Expect(Page.GetByTestId("stored-phone")).ToHaveTextAsync("+4915170707070");
        await AssertNoSidewaysScrollingAsync();
        await SaveScreenshotAsync("phone-patient-page");
    }

    [Fact]
    public async Task On_a_phone_a_slot_is_booked_from_the_calendar_and_the_visit_completed()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Mobile");
        await owner.AddDoctorAsync("Dr Second");
        await owner.SetDailyHoursAsync(doctor, "09:00", "17:00");
        await owner.AddPatientAsync("Max Mobile", "+4915180808080");
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner);
        await calendar.OpenAsync(ApiArrange.ClinicDate(1));

        await AssertNoSidewaysScrollingAsync();
        await SaveScreenshotAsync("phone-calendar");
        await calendar.Slot("10:00", "Dr Mobile").ClickAsync();
        await calendar.ChoosePatientAsync("Max", "Max Mobile");
        await AssertNoSidewaysScrollingAsync();
        var dialogWidth = await calendar.Dialog.EvaluateAsync<double>("dialog => dialog.getBoundingClientRect().width");
        Assert.True(dialogWidth <= 390, $"The booking dialog is {dialogWidth} px wide at 390 px.");
        await SaveScreenshotAsync("phone-booking-dialog");
        await calendar.Dialog.GetByRole(AriaRole.Button, new() { Name = "Book appointment" }).ClickAsync();
        await Expect(Page.GetByTestId("booked")).ToContainTextAsync("Booked: Max Mobile with Dr Mobile");

        await calendar.Block("Max Mobile").ClickAsync();
        await Page.GetByRole(AriaRole.Button, new() { Name = "Complete" }).ClickAsync();
        await Expect(Page.Locator("[data-status=completed]")).ToBeVisibleAsync();
        await AssertNoSidewaysScrollingAsync();
        await SaveScreenshotAsync("phone-appointment-page");
    }
}
