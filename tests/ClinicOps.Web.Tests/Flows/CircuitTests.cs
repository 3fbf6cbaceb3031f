using ClinicOps.Web.Tests.Infrastructure;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>The interactive pages' circuit: over a WebSocket through the gateway, and alive across access tokens.</summary>
public sealed class CircuitTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    [Fact]
    public async Task The_calendar_runs_over_a_websocket_through_the_gateway_and_keeps_working_after_its_access_token_expires()
    {
        var owner = await App.SignUpClinicAsync();
        var grace = await owner.AddDoctorAsync("Dr Grace Hopper");
        var patient = await owner.AddPatientAsync("Tess Token", "+4915124000001");
        var tomorrow = ApiArrange.ClinicDate(1);
        await owner.BookAsync(grace, patient, ApiArrange.At(tomorrow, 10));
        var sockets = new List<IWebSocket>();
        Page.WebSocket += (_, socket) => sockets.Add(socket);
        var handOvers = new List<IResponse>();
        Page.Response += (_, response) =>
        {
            if (response.Url.EndsWith("/account/circuit-token", StringComparison.Ordinal))
            {
                handOvers.Add(response);
            }
        };
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner, "/signin?returnUrl=%2F");
        await calendar.WaitInteractiveAsync();
        await Page.EvaluateAsync("window.stillTheSamePage = true");

        var circuit = Assert.Single(sockets, s => s.Url.Contains("/_blazor", StringComparison.Ordinal));
        Assert.StartsWith(App.GatewayUrl.GetLeftPart(UriPartial.Authority).Replace("http", "ws", StringComparison.Ordinal), circuit.Url, StringComparison.Ordinal);

        // Move day by day in the same page until the session cookie has been renewed twice — by then the circuit's
        // first access token has expired — and every move must still show the clinic's data.
        var renewals = new HashSet<string> { await SessionCookieAsync() };
        var deadline = DateTimeOffset.UtcNow + WebAppFixture.AccessTokenLifetime * 4;
        while (renewals.Count < 3 && DateTimeOffset.UtcNow < deadline)
        {
            await calendar.ClickAsync("Next day");
            await Expect(calendar.Heading).ToHaveTextAsync(CalendarPage.Day(tomorrow));
            await Expect(calendar.Block("Tess Token")).ToContainTextAsync("10:00–10:30");
            await calendar.ClickAsync("Previous day");
            await Expect(calendar.Heading).ToHaveTextAsync(CalendarPage.Day(tomorrow.AddDays(-1)));
            await Expect(calendar.Blocks).ToHaveCountAsync(0);
            renewals.Add(await SessionCookieAsync());
        }

        Assert.Equal(3, renewals.Count);
        Assert.True(await Page.EvaluateAsync<bool>("window.stillTheSamePage === true"), "The page was reloaded.");
        Assert.False(circuit.IsClosed);
        // The browser's renewals answered 204 No Content: the tokens went to the circuit on the server, none to the page.
        Assert.True(handOvers.Count >= 2, $"{handOvers.Count} renewal(s)");
        Assert.All(handOvers, handOver => Assert.Equal(204, handOver.Status));
        await Expect(Page.GetByTestId("problem-banner")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_circuit_whose_session_was_signed_out_elsewhere_says_so_and_offers_signing_in_again()
    {
        var owner = await App.SignUpClinicAsync();
        await owner.AddDoctorAsync("Dr Grace Hopper");
        var calendar = new CalendarPage(Page);
        await SignInAsync(owner, "/signin?returnUrl=%2F");
        await calendar.WaitInteractiveAsync();

        // Signing out in another tab of the same browser ends the session this open calendar belongs to.
        var otherTab = await Context.NewPageAsync();
        await otherTab.GotoAsync("/patients");
        await otherTab.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await Expect(otherTab.GetByText("You have signed out.")).ToBeVisibleAsync();

        var banner = Page.GetByTestId("problem-banner");
        var deadline = DateTimeOffset.UtcNow + WebAppFixture.AccessTokenLifetime * 2;
        while (await banner.CountAsync() == 0 && DateTimeOffset.UtcNow < deadline)
        {
            await calendar.ClickAsync("Next day");
        }

        await Expect(banner).ToContainTextAsync("Your session has ended.");
        await banner.GetByRole(AriaRole.Link, new() { Name = "Sign in again" }).ClickAsync();
        await Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "Sign in" })).ToBeVisibleAsync();
    }

    private async Task<string> SessionCookieAsync() =>
        string.Concat((await Context.CookiesAsync()).Where(c => c.Name.StartsWith("clinicops.session", StringComparison.Ordinal)).Select(c => c.Value));
}
