using System.Text.RegularExpressions;
using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

public sealed partial class SecurityTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task Clinic_Bs_user_opening_clinic_As_appointment_or_patient_page_by_url_sees_not_found_and_no_data()
    {
        var clinicA = await App.SignUpClinicAsync();
        var doctor = await clinicA.AddDoctorAsync("Dr Secret Keeper");
        var patient = await clinicA.AddPatientAsync("Private Person", "+4915101010101", "private@example.com");
        var appointment = await clinicA.BookAsync(doctor, patient, ApiArrange.DaysAhead(2, 10));
        var clinicB = await App.SignUpClinicAsync();
        await SignInAsync(clinicB);

        foreach (var path in new[]
                 {
                     $"/appointments/{appointment}", $"/patients/{patient}", $"/patients/{patient}/edit", $"/doctors/{doctor}/edit",
                 })
        {
            var response = await Page.GotoAsync(path);
            Assert.Equal(404, response!.Status);
            await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Not found" })).ToBeVisibleAsync();
            var html = await Page.ContentAsync();
            Assert.DoesNotContain("Private Person", html, StringComparison.Ordinal);
            Assert.DoesNotContain("+4915101010101", html, StringComparison.Ordinal);
            Assert.DoesNotContain("Dr Secret Keeper", html, StringComparison.Ordinal);
        }

        await Page.GotoAsync("/appointments?from=2020-01-01");
        await Expect(Page.GetByTestId("empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task No_page_script_readable_cookie_or_browser_storage_holds_an_access_or_refresh_token()
    {
        var owner = await App.SignUpClinicAsync();
        var doctor = await owner.AddDoctorAsync("Dr Token Free");
        var patient = await owner.AddPatientAsync("Tom Token", "+4915102020202");
        var appointment = await owner.BookAsync(doctor, patient, ApiArrange.DaysAhead(2, 12));
        var htmlAnswers = new List<string>();
        Page.Response += (_, response) =>
        {
            if (response.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))
            {
                htmlAnswers.Add(response.Url);
            }
        };

        await SignInAsync(owner);
        foreach (var path in new[]
                 {
                     "/appointments", $"/appointments/{appointment}", "/appointments/new", "/patients", $"/patients/{patient}",
                     $"/patients/{patient}/edit", "/doctors", $"/doctors/{doctor}/edit", "/payments", "/calls", "/dashboard", "/settings",
                     "/settings/reminders", "/settings/users", "/account",
                 })
        {
            await Page.GotoAsync(path);
            await Expect(Page.GetByTestId("clinic-name")).ToBeVisibleAsync();
            AssertHoldsNoToken(path, await Page.ContentAsync());
            AssertHoldsNoToken($"{path} document.cookie", await Page.EvaluateAsync<string>("document.cookie"));
            AssertHoldsNoToken($"{path} localStorage", await Page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, localStorage))"));
            AssertHoldsNoToken($"{path} sessionStorage", await Page.EvaluateAsync<string>("JSON.stringify(Object.assign({}, sessionStorage))"));
        }

        Assert.NotEmpty(htmlAnswers);
        Assert.Equal("", await Page.EvaluateAsync<string>("document.cookie"));
        var cookies = await Context.CookiesAsync();
        var session = cookies.Where(c => c.Name.StartsWith("clinicops.session", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(session);
        Assert.All(cookies, cookie =>
        {
            Assert.True(cookie.HttpOnly, $"{cookie.Name} is readable by scripts");
            AssertHoldsNoToken(cookie.Name, cookie.Value);
        });
        Assert.All(session, cookie => Assert.Equal(SameSiteAttribute.Lax, cookie.SameSite));
    }

    [Fact]
    public async Task A_sign_out_posted_without_the_forms_antiforgery_token_is_refused_and_the_session_goes_on()
    {
        var owner = await App.SignUpClinicAsync();
        await SignInAsync(owner);

        // What a page on another site could make the browser send: the session cookie, but no antiforgery token.
        var forged = await Page.APIRequest.PostAsync("/account/sign-out", new() { Form = Context.APIRequest.CreateFormData() });

        Assert.Equal(400, forged.Status);
        await Page.GotoAsync("/patients");
        await Expect(Page.GetByTestId("clinic-name")).ToHaveTextAsync(owner.ClinicName);
    }

    private static void AssertHoldsNoToken(string where, string text)
    {
        Assert.False(Jwt().IsMatch(text), $"{where} holds a JWT");
        Assert.False(RefreshToken().IsMatch(text), $"{where} holds something shaped like a refresh token");
    }

    // An access token is a JWT: three base64url parts, the first a JSON header ("eyJ").
    [GeneratedRegex(@"eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+")]
    private static partial Regex Jwt();

    // Identity's refresh tokens are 32 random bytes in base64url: exactly 43 characters standing alone.
    [GeneratedRegex(@"(?<![A-Za-z0-9_-])[A-Za-z0-9_-]{43}(?![A-Za-z0-9_-])")]
    private static partial Regex RefreshToken();
}
