using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed class SigningInTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task A_new_clinic_signs_up_and_sees_its_name_today_and_its_owner_in_the_header()
    {
        var unique = Guid.CreateVersion7().ToString("N")[^8..];
        await Page.GotoAsync("/");
        await Expect(Page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        await Page.GetByRole(AriaRole.Link, new() { Name = "Sign up your clinic" }).ClickAsync();

        await Page.GetByLabel("Clinic name").FillAsync($"Harbour Clinic {unique}");
        await Page.GetByLabel("Time zone").FillAsync("Pacific/Auckland");
        await Page.GetByLabel("Currency").FillAsync("NZD");
        await Page.GetByLabel("Your name").FillAsync("Hana Owner");
        await Page.GetByLabel("Email").FillAsync($"hana-{unique}@clinicops.test");
        await Page.GetByLabel("Password").FillAsync(WebAppFixture.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();

        await Expect(Page.GetByTestId("clinic-name")).ToHaveTextAsync($"Harbour Clinic {unique}");
        await Expect(Page.GetByTestId("user-name")).ToHaveTextAsync("Hana Owner");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Pacific/Auckland")).DateTime);
        await Expect(Page.GetByTestId("today")).ToContainTextAsync(today.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(Page.GetByTestId("today")).ToContainTextAsync(today.ToString("MMMM", System.Globalization.CultureInfo.GetCultureInfo("en-GB")));
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Calendar" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_sign_up_the_api_refuses_shows_each_reason_next_to_its_field_and_keeps_what_was_typed()
    {
        var owner = await App.SignUpClinicAsync();
        await Page.GotoAsync("/signup");

        await Page.GetByLabel("Clinic name").FillAsync("Second Clinic");
        await Page.GetByLabel("Time zone").FillAsync("Mars/Olympus_Mons");
        await Page.GetByLabel("Currency").FillAsync("EUR");
        await Page.GetByLabel("Your name").FillAsync("Sam Second");
        await Page.GetByLabel("Email").FillAsync(owner.Email);
        await Page.GetByLabel("Password").FillAsync(WebAppFixture.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign up" }).ClickAsync();

        var timeZoneError = Page.Locator("#time-zone ~ .validation-message");
        await Expect(timeZoneError).ToBeVisibleAsync();
        await Expect(Page.Locator("#time-zone")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-invalid"));
        await Expect(Page.GetByLabel("Clinic name")).ToHaveValueAsync("Second Clinic");
        await Expect(Page.GetByLabel("Time zone")).ToHaveValueAsync("Mars/Olympus_Mons");
        await Expect(Page.GetByLabel("Email")).ToHaveValueAsync(owner.Email);
    }

    [Fact]
    public async Task A_wrong_password_is_said_in_plain_words_and_the_email_stays()
    {
        var owner = await App.SignUpClinicAsync();
        await Page.GotoAsync("/signin");

        await FillSignInAsync(owner with { Password = "Not-The-Right-One-77" });

        await Expect(Page.GetByTestId("problem-banner")).ToBeVisibleAsync();
        await Expect(Page.GetByTestId("problem-banner")).ToContainTextAsync("Reference for support");
        await Expect(Page.Locator("#email")).ToHaveValueAsync(owner.Email);
        await Expect(Page.Locator("#password")).ToHaveValueAsync("");
    }

    [Fact]
    public async Task A_signed_out_visitor_opening_a_page_signs_in_and_lands_on_that_page()
    {
        var owner = await App.SignUpClinicAsync();

        await Page.GotoAsync("/patients?search=ada");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await FillSignInAsync(owner);

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Patients" })).ToBeVisibleAsync();
        Assert.EndsWith("/patients?search=ada", Page.Url, StringComparison.Ordinal);
        await Expect(Page.GetByLabel("Search by name, phone or email")).ToHaveValueAsync("ada");
    }

    [Fact]
    public async Task Signing_out_ends_the_session_and_a_page_opened_afterwards_asks_to_sign_in()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);

        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByText("You have signed out.")).ToBeVisibleAsync();

        await Page.GotoAsync("/patients");
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        Assert.Contains("returnUrl=%2Fpatients", Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_that_outlives_its_access_token_keeps_working()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner, "/signin?returnUrl=%2Fpatients");
        var firstCookie = await SessionCookieAsync();

        // Keep using the app until the session has been renewed twice — by then the first access token has expired —
        // and every page must still show the clinic's data.
        var renewals = new HashSet<string> { firstCookie };
        var deadline = DateTimeOffset.UtcNow + WebAppFixture.AccessTokenLifetime * 4;
        while (renewals.Count < 3 && DateTimeOffset.UtcNow < deadline)
        {
            await Page.ReloadAsync();
            await Expect(Page.GetByTestId("empty")).ToContainTextAsync("No patients yet");
            renewals.Add(await SessionCookieAsync());
        }

        Assert.Equal(3, renewals.Count);
        Assert.DoesNotContain("/signin", Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_session_whose_refresh_token_was_revoked_lands_on_sign_in_and_returns_to_its_page()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner, "/signin?returnUrl=%2Fpatients");
        var session = await Context.CookiesAsync();

        // Signing out in another tab revokes the refresh token; this tab keeps the old cookie.
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(Page.GetByText("You have signed out.")).ToBeVisibleAsync();
        await Context.AddCookiesAsync(session.Select(c => new Cookie
        {
            Name = c.Name, Value = c.Value, Domain = c.Domain, Path = c.Path, HttpOnly = c.HttpOnly, SameSite = c.SameSite,
        }));

        // Once the old access token is due for a refresh, the revoked refresh token ends the session.
        await Page.GotoAsync("/patients");
        var deadline = DateTimeOffset.UtcNow + WebAppFixture.AccessTokenLifetime * 2;
        while (!Page.Url.Contains("/signin", StringComparison.Ordinal) && DateTimeOffset.UtcNow < deadline)
        {
            await Page.ReloadAsync();
        }

        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
        await FillSignInAsync(owner);
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Patients" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_restart_of_the_web_app_keeps_people_signed_in_and_their_open_forms_working()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);
        await Page.GotoAsync("/patients/new");
        await Page.GetByLabel("Name").FillAsync("Rosa Restart");
        await Page.GetByLabel("Phone").FillAsync("+4915104040404");

        await App.RestartWebAppAsync();

        // The form loaded before the restart still posts (its antiforgery token is read with the same keys).
        await Page.GetByRole(AriaRole.Button, new() { Name = "Create patient" }).ClickAsync();
        await Expect(Page.GetByTestId("stored-phone")).ToHaveTextAsync("+4915104040404");
        await Page.GotoAsync("/patients");
        await Expect(Page.GetByTestId("clinic-name")).ToHaveTextAsync(owner.ClinicName);
        await Expect(Page.Locator("tbody")).ToContainTextAsync("Rosa Restart");
    }

    [Fact]
    public async Task A_person_signs_in_with_the_keyboard_alone_and_sees_where_the_focus_is()
    {
        var owner = await App.SignUpClinicAsync();
        await Page.GotoAsync("/signin");

        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("#email")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(owner.Email);
        await Page.Keyboard.PressAsync("Tab");
        await Expect(Page.Locator("#password")).ToBeFocusedAsync();
        await Page.Keyboard.TypeAsync(owner.Password);
        await Page.Keyboard.PressAsync("Enter");
        await Expect(Page.GetByTestId("clinic-name")).ToHaveTextAsync(owner.ClinicName);

        // The first Tab on a page offers to skip to its content; every focused control shows a ring.
        await Page.Keyboard.PressAsync("Tab");
        var skip = Page.GetByRole(AriaRole.Link, new() { Name = "Skip to content" });
        await Expect(skip).ToBeFocusedAsync();
        await Expect(skip).ToBeVisibleAsync();
        await Page.Keyboard.PressAsync("Tab");
        var outline = await Page.EvaluateAsync<string>("getComputedStyle(document.activeElement).outlineStyle");
        Assert.NotEqual("none", outline);
    }

    private async Task<string> SessionCookieAsync() =>
        string.Concat((await Context.CookiesAsync()).Where(c => c.Name.StartsWith("clinicops.session", StringComparison.Ordinal)).Select(c => c.Value));
}
