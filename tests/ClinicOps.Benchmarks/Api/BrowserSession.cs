using System.Diagnostics;
using Microsoft.Playwright;

namespace ClinicOps.Benchmarks.Api;

/// <summary>
/// One tab of Debian's Chromium (Playwright's own browser download cannot run on these machines), signed in to the
/// staff web app through its sign-in form, as a receptionist's browser would be.
/// </summary>
public sealed class BrowserSession : IAsyncDisposable
{
    /// <summary>Debian's package, which `./clinicops` installs.</summary>
    public const string Chromium = "/usr/bin/chromium";

    private static readonly TimeSpan PageTimeout = TimeSpan.FromSeconds(30);

    private readonly IPlaywright _playwright;
    private readonly IBrowser _browser;
    private readonly IPage _page;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page) =>
        (_playwright, _browser, _page) = (playwright, browser, page);

    public static async Task<BrowserSession> SignInAsync(Uri gateway, OwnerCredentials owner, CancellationToken cancellationToken)
    {
        var playwright = await Playwright.CreateAsync();
        IBrowser? browser = null;
        try
        {
            browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
            {
                ExecutablePath = Chromium,
                Headless = true,
                // --no-sandbox: runs as root here, where Chromium's sandbox cannot start; the rest keeps it off the network.
                Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run"],
            });
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { BaseURL = gateway.ToString() });
            page.SetDefaultTimeout((float)PageTimeout.TotalMilliseconds);
            await page.GotoAsync("/signin");
            await page.Locator("#email").FillAsync(owner.Email);
            await page.Locator("#password").FillAsync(owner.Password);
            await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
            await page.GetByTestId("clinic-name").WaitForAsync();
            cancellationToken.ThrowIfCancellationRequested();
            return new BrowserSession(playwright, browser, page);
        }
        catch
        {
            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            playwright.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Opens the calendar at <paramref name="path"/>: answers the time until the page's load event (its server-rendered
    /// HTML shown), until its circuit made it interactive, and how many appointments it shows.
    /// </summary>
    public async Task<(TimeSpan Shown, TimeSpan Interactive, int Appointments)> LoadCalendarAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        await _page.GotoAsync(path, new PageGotoOptions { WaitUntil = WaitUntilState.Load });
        var shown = clock.Elapsed;
        await _page.WaitForSelectorAsync("[data-testid=calendar-page][data-interactive=true]",
            new PageWaitForSelectorOptions { State = WaitForSelectorState.Attached });
        var interactive = clock.Elapsed;
        return (shown, interactive, await _page.GetByTestId("appointment-block").CountAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _browser.DisposeAsync();
        _playwright.Dispose();
    }
}
