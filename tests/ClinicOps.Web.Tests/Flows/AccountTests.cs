using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using ClinicOps.Testing;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class AccountTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    private const string NewPassword = "Velvet-Harbour-Compass-Lantern-27";

    [Fact]
    public async Task A_new_password_follows_the_rules_shown_needs_the_current_one_and_ends_the_other_sessions()
    {
        var owner = await App.SignUpClinicAsync();
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await SignInAsync(receptionist);
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "Main", Exact = true }).GetByRole(AriaRole.Link, new() { Name = "Account" }).ClickAsync();
        await Expect(Page.GetByTestId("account-email")).ToHaveTextAsync(receptionist.Email);
        await Expect(Page.Locator("#new-password-rules")).ToContainTextAsync("8 to 128 characters; not a common or easily guessed password");
        await Expect(Page.Locator("#new-password-rules")).ToContainTextAsync("not containing the person's email address, name or the clinic's name");

        await Page.GetByLabel("Current password").FillAsync("not my password");
        await Page.GetByLabel("New password").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(Page.Locator("#current-password ~ .validation-message")).ToHaveTextAsync("The current password is incorrect.");
        await Expect(Page.GetByLabel("New password")).ToHaveValueAsync("");

        await Page.GetByLabel("Current password").FillAsync(receptionist.Password);
        await Page.GetByLabel("New password").FillAsync("Rita Reception 1");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(Page.Locator("#new-password ~ .validation-message")).ToContainTextAsync("must not contain your name");

        await Page.GetByLabel("Current password").FillAsync(receptionist.Password);
        await Page.GetByLabel("New password").FillAsync(NewPassword);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Expect(Page.GetByTestId("saved")).ToContainTextAsync("Password changed.");
        await SaveScreenshotAsync("account");

        // This session goes on; the one the API client signed in with ends.
        await Page.GotoAsync("/patients");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Patients" })).ToBeVisibleAsync();
        await Eventually.UntilAsync(async () =>
        {
            using var me = await receptionist.Api.GetAsync("/api/me");
            return me.StatusCode == HttpStatusCode.Unauthorized;
        }, "the other session to end");
        Assert.Equal(HttpStatusCode.OK, await LoginAsync(receptionist.Email, NewPassword));
        Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(receptionist.Email, receptionist.Password));
    }

    [Fact]
    public async Task Signing_out_everywhere_ends_this_browsers_session_and_every_other()
    {
        var owner = await App.SignUpClinicAsync();
        var receptionist = await App.AddStaffAsync(owner, "receptionist", "Rita Reception");
        await owner.AddPatientAsync("Sam Secret", "+4915171717171");
        await using var otherBrowser = await App.NewContextAsync();
        var otherPage = await otherBrowser.NewPageAsync();
        await otherPage.GotoAsync("/signin");
        await otherPage.Locator("#email").FillAsync(receptionist.Email);
        await otherPage.Locator("#password").FillAsync(receptionist.Password);
        await otherPage.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(otherPage.GetByTestId("clinic-name")).ToHaveTextAsync(owner.ClinicName);

        await SignInAsync(receptionist);
        await Page.GotoAsync("/account");
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out everywhere" }).ClickAsync();

        await Expect(Page).ToHaveURLAsync(new Regex("/signin"));
        await Expect(Page.GetByText("You have signed out.")).ToBeVisibleAsync();
        await Page.GotoAsync("/patients");
        await Expect(Page).ToHaveURLAsync(new Regex("/signin"));

        // The other browser's next pages are refused: the API ends its session within seconds, its refresh token is revoked.
        await Eventually.UntilAsync(async () =>
        {
            await otherPage.GotoAsync("/patients");
            return otherPage.Url.Contains("/signin", StringComparison.Ordinal)
                || await otherPage.GetByText("Your session has ended.").CountAsync() > 0;
        }, "the other browser's session to end", TimeSpan.FromSeconds(60));
        await Expect(otherPage.Locator("body")).Not.ToContainTextAsync("Sam Secret");
        using var me = await receptionist.Api.GetAsync("/api/me");
        Assert.Equal(HttpStatusCode.Unauthorized, me.StatusCode);
    }

    private async Task<HttpStatusCode> LoginAsync(string email, string password)
    {
        using var anonymous = App.CreateApiClient();
        using var login = await anonymous.PostAsJsonAsync("/api/auth/login", new { email, password });
        return login.StatusCode;
    }
}
