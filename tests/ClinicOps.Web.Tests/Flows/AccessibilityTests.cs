using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>Every main page, checked by axe (no serious or critical violation) and saved as a screenshot.</summary>
public sealed class AccessibilityTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    private readonly ITestOutputHelper output = output;

    [Fact]
    public async Task The_sign_in_and_sign_up_pages_have_no_serious_accessibility_violations()
    {
        await CheckAsync("/signin", "sign-in");
        await CheckAsync("/signup", "sign-up");
    }

    [Fact]
    public async Task Every_main_page_has_no_serious_accessibility_violations()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Ada Axe", "+4915103030303", "ada@example.com");
        var appointment = await owner.BookAsync(doctor, patient, ApiArrange.DaysAhead(1, 10));
        await owner.BookAsync(doctor, patient, ApiArrange.DaysAhead(1, 11));
        await SignInAsync(owner);

        await CheckAsync($"/appointments?to={ApiArrange.DaysAhead(7, 0):yyyy-MM-dd}", "appointment-list");
        await CheckAsync($"/appointments/{appointment}", "appointment-details");
        await CheckAsync("/appointments/new", "book-appointment");
        await CheckAsync("/patients", "patient-list");
        await CheckAsync($"/patients/{patient}", "patient-details");
        await CheckAsync("/patients/new", "patient-new");
        await CheckAsync("/doctors", "doctor-list");
        await CheckAsync($"/doctors/{doctor}/edit", "doctor-edit");
        await CheckAsync($"/patients/{Guid.CreateVersion7()}", "not-found");
    }

    [Fact]
    public async Task The_money_reminder_call_dashboard_settings_and_account_pages_have_no_serious_accessibility_violations()
    {
        var owner = await App.SignUpClinicAsync(DaytimeZone.Now());
        var doctor = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Ada Axe", "+4915103030303");
        var appointment = await owner.BookTypedAsync(doctor, patient, await owner.AddAppointmentTypeAsync("Check-up", 30, 80.00m),
            DateTimeOffset.UtcNow.AddDays(2));
        await owner.RecordPaymentAsync(appointment, 80.00m);
        await owner.RecordPaymentAsync(appointment, 20.00m, status: "pending");
        await owner.AddReminderAsync(appointment, "call", "upcoming", DateTimeOffset.UtcNow.AddHours(1), "Ask about allergies");
        await SignInAsync(owner);

        await CheckAsync($"/appointments/{appointment}", "appointment-money-and-reminders");
        await CheckAsync("/payments", "payments");
        await CheckAsync("/calls", "calls");
        await CheckAsync("/dashboard", "dashboard-axe");
        await Page.GetByText("Revenue per day as a table").ClickAsync();
        await AssertNoSeriousViolationsAsync("dashboard with its table open");
        await CheckAsync("/settings", "settings-clinic-axe");
        await CheckAsync("/settings/reminders", "settings-reminders-axe");
        await CheckAsync("/settings/users", "settings-users-axe");
        await CheckAsync("/account", "account-axe");
    }

    [Fact]
    public async Task A_form_showing_the_apis_errors_has_no_serious_accessibility_violations()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);
        await Page.GotoAsync("/patients/new");
        await Page.GetByLabel("Name").FillAsync("Erin Error");
        await Page.GetByLabel("Phone").FillAsync("12");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();
        await Expect(Page.Locator(".validation-message").First).ToBeVisibleAsync();

        await AssertNoSeriousViolationsAsync("patient form with errors");
        await SaveScreenshotAsync("patient-form-errors");
    }

    private async Task CheckAsync(string path, string name)
    {
        await Page.GotoAsync(path);
        await Expect(Page.Locator("h1")).ToBeVisibleAsync();
        await AssertNoSeriousViolationsAsync(path);
        output.WriteLine($"screenshot: {await SaveScreenshotAsync(name)}");
    }

    private async Task AssertNoSeriousViolationsAsync(string where)
    {
        var result = await Page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(serious.Count == 0, $"{where}: " + string.Join("; ", serious.Select(Describe)));
    }

    private static string Describe(AxeResultItem violation) =>
        $"{violation.Id} ({violation.Impact}): {violation.Help} at {string.Join(", ", violation.Nodes.Select(n => n.Target.ToString()))}";
}
