using System.Globalization;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>The calendar and its booking dialog as a person sees them.</summary>
public sealed class CalendarPage(IPage page)
{
    public ILocator Root => page.GetByTestId("calendar-page");

    public ILocator Heading => page.GetByTestId("calendar-heading");

    public ILocator ColumnHeads => page.GetByTestId("column-head");

    public ILocator Blocks => page.GetByTestId("appointment-block");

    public ILocator Dialog => page.GetByRole(AriaRole.Dialog, new() { Name = "Book appointment" });

    /// <summary>Opens the calendar (a day, or the week of a doctor) and waits until its circuit runs.</summary>
    public async Task OpenAsync(DateOnly? date = null, string? query = null)
    {
        var path = date is { } day ? $"/?date={day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}{query}" : "/";
        await page.GotoAsync(path);
        await WaitInteractiveAsync();
    }

    public Task WaitInteractiveAsync() => Expect(page.Locator("[data-testid=calendar-page][data-interactive=true]")).ToBeVisibleAsync();

    public ILocator Slot(string time, string doctor) =>
        page.GetByRole(AriaRole.Button, new() { Name = $"Book {time} with {doctor}", Exact = true });

    public ILocator Block(string patient) => Blocks.Filter(new() { HasText = patient });

    public Task ClickAsync(string button) => page.GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();

    /// <summary>Types into the booking's patient search and chooses the patient found.</summary>
    public async Task ChoosePatientAsync(string search, string name)
    {
        await Dialog.GetByLabel("Find a patient by name, phone or email").FillAsync(search);
        await Dialog.GetByRole(AriaRole.Button, new() { Name = name }).ClickAsync();
        await Expect(Dialog.GetByTestId("chosen-patient")).ToContainTextAsync(name);
    }

    public static string Day(DateOnly date) => date.ToString("dddd d MMMM yyyy", CultureInfo.GetCultureInfo("en-GB"));
}
