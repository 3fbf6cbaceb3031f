using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class SettingsTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task An_owner_adds_a_receptionist_changes_their_role_and_removes_them()
    {
        var owner = await App.SignUpClinicAsync();
        var email = $"rita-{Guid.CreateVersion7():N}@clinicops.test";
        await SignInAsync(owner);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Settings" }).ClickAsync();
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Settings" }).GetByRole(AriaRole.Link, new() { Name = "Users" }).ClickAsync();

        await Page.GetByLabel("Name").FillAsync("Rita Reception");
        await Page.GetByLabel("Email").FillAsync(email);
        await Page.Locator("#invite-role").SelectOptionAsync(new SelectOptionValue { Label = "Receptionist" });
        await Expect(Page.Locator("#invite-password-rules")).ToContainTextAsync("8 to 128 characters");
        await Page.GetByLabel("First password").FillAsync("password1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(Page.Locator("#invite-password ~ .validation-message")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Email")).ToHaveValueAsync(email);
        await Expect(Page.GetByLabel("First password")).ToHaveValueAsync("");

        await Page.GetByLabel("First password").FillAsync(WebAppFixture.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Add user" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("User added.");
        var row = Page.Locator($"[data-user='{email}']");
        await Expect(row.GetByLabel("Role of Rita Reception")).ToHaveValueAsync("receptionist");
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(email));
        await SaveScreenshotAsync("settings-users");

        await row.GetByLabel("Role of Rita Reception").SelectOptionAsync("doctor");
        await row.GetByRole(AriaRole.Button, new() { Name = "Change role" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("Role changed.");
        await Expect(row.GetByLabel("Role of Rita Reception")).ToHaveValueAsync("doctor");
        var users = await owner.GetJsonAsync("/api/users");
        Assert.Equal("doctor", users.GetProperty("items").EnumerateArray().Single(u => u.GetProperty("email").GetString() == email).GetProperty("role").GetString());

        await row.GetByText("Remove…").ClickAsync();
        await row.GetByRole(AriaRole.Button, new() { Name = "Remove Rita Reception" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("User removed.");
        await Expect(row).ToHaveCountAsync(0);
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(email));
    }

    [Fact]
    public async Task The_last_owner_cannot_be_removed_or_given_another_role_and_the_page_says_so()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);
        await Page.GotoAsync("/settings/users");

        var me = Page.Locator($"[data-user='{owner.Email}']");
        await Expect(me.GetByTestId("last-owner")).ToHaveTextAsync(
            "The clinic's last owner cannot be removed or given another role. Make another user an owner first.");
        await Expect(me.GetByRole(AriaRole.Combobox)).ToHaveCountAsync(0);
        await Expect(me.GetByText("Remove…")).ToHaveCountAsync(0);

        var second = await App.AddStaffAsync(owner, "owner", "Otto Second");
        await Page.ReloadAsync();
        await Expect(Page.GetByTestId("last-owner")).ToHaveCountAsync(0);
        await Expect(me.GetByLabel($"Role of {owner.Name}")).ToHaveValueAsync("owner");
        await Expect(me.GetByText("Remove…")).ToHaveCountAsync(0); // nobody removes themselves
        await Expect(Page.Locator($"[data-user='{second.Email}']").GetByText("Remove…")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_owner_changes_the_clinics_name_time_zone_currency_and_slot_step_and_the_header_follows()
    {
        var owner = await App.SignUpClinicAsync();
        var name = $"Renamed Clinic {Guid.CreateVersion7():N}"[..30];
        await SignInAsync(owner);
        await Page.GotoAsync("/settings");
        await Expect(Page.GetByLabel("Clinic name")).ToHaveValueAsync(owner.ClinicName);
        await Expect(Page.GetByLabel("Free slots every (minutes)")).ToHaveValueAsync("15");

        await Page.GetByLabel("Time zone").FillAsync("Mars/Olympus_Mons");
        await Page.GetByLabel("Free slots every (minutes)").FillAsync("7");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();
        await Expect(Page.Locator("#time-zone ~ .validation-message")).ToBeVisibleAsync();
        await Expect(Page.Locator("#slot-step ~ .validation-message")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Time zone")).ToHaveValueAsync("Mars/Olympus_Mons");

        await Page.GetByLabel("Clinic name").FillAsync(name);
        await Page.GetByLabel("Time zone").FillAsync("Asia/Tokyo");
        await Page.GetByLabel("Currency").FillAsync("JPY");
        await Page.GetByLabel("Free slots every (minutes)").FillAsync("20");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save settings" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToHaveTextAsync("Clinic settings saved.");
        await Expect(Page.GetByTestId("clinic-name")).ToHaveTextAsync(name);
        var tokyoToday = ClinicArrange.TodayIn("Asia/Tokyo");
        await Expect(Page.GetByTestId("today")).ToHaveTextAsync(tokyoToday.ToString("D", CultureInfo.GetCultureInfo("en-GB")));
        var clinic = await owner.GetJsonAsync("/api/clinics/current");
        Assert.Equal((name, "Asia/Tokyo", "JPY", 20), (clinic.GetProperty("name").GetString(), clinic.GetProperty("timeZone").GetString(),
            clinic.GetProperty("currency").GetString(), clinic.GetProperty("slotStepMinutes").GetInt32()));
        await SaveScreenshotAsync("settings-clinic");
    }

    [Fact]
    public async Task An_owner_changes_the_reminder_settings()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);
        await Page.GotoAsync("/settings/reminders");
        await Expect(Page.GetByText("Now: reminders by email 1 day before each visit; no follow-up.")).ToBeVisibleAsync();

        await Page.GetByLabel("Lead times (minutes before the visit)").FillAsync("a day");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save reminder settings" }).ClickAsync();
        await Expect(Page.Locator("#lead-times ~ .validation-message")).ToContainTextAsync("is not a whole number of minutes");

        await Page.GetByLabel("Lead times (minutes before the visit)").FillAsync("0");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save reminder settings" }).ClickAsync();
        await Expect(Page.Locator("#lead-times ~ .validation-message")).ToContainTextAsync("Each lead time must be between 1 and");

        await Page.GetByLabel("Lead times (minutes before the visit)").FillAsync("1440, 120");
        await Page.GetByLabel("Sent by").SelectOptionAsync(new SelectOptionValue { Label = "SMS" });
        await Page.GetByLabel("Follow up after (days)").FillAsync("3");
        await Page.GetByLabel("Follow up by").SelectOptionAsync(new SelectOptionValue { Label = "Phone call" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "Save reminder settings" }).ClickAsync();

        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("Reminder settings saved.");
        await Expect(Page.GetByText(
            "Now: reminders by SMS 2 hours and 1 day before each visit; a follow-up by phone call 3 days after a completed visit.")).ToBeVisibleAsync();
        await Expect(Page.GetByLabel("Lead times (minutes before the visit)")).ToHaveValueAsync(new Regex("^120, 1440$"));
        var settings = await owner.GetJsonAsync("/api/reminders/settings");
        Assert.Equal(new[] { 120, 1440 }, settings.GetProperty("leadTimesMinutes").EnumerateArray().Select(m => m.GetInt32()));
        Assert.Equal(("sms", 3, "call"), (settings.GetProperty("defaultType").GetString(), settings.GetProperty("followUpAfterDays").GetInt32(),
            settings.GetProperty("followUpType").GetString()));
        await SaveScreenshotAsync("settings-reminders");
    }

    private async Task<HttpStatusCode> LoginAsync(string email)
    {
        using var anonymous = App.CreateApiClient();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password = WebAppFixture.Password });
        return login.StatusCode;
    }
}
