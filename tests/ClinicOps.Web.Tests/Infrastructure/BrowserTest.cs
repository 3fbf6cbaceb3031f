using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>
/// A test in the browser: a fresh browser context (no cookies, no storage) and page per test, the app's logs in the
/// test's output, and the steps a person takes (signing in).
/// </summary>
[Collection(WebApp.Name)]
public abstract class BrowserTest(WebAppFixture app, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly IDisposable logCapture = app.CaptureLogs(output);

    protected WebAppFixture App => app;

    protected IBrowserContext Context { get; private set; } = null!;

    protected IPage Page { get; private set; } = null!;

    /// <summary>A desktop at the front desk unless a test says otherwise (a phone is 390 px wide).</summary>
    protected virtual int ViewportWidth => 1280;

    public async Task InitializeAsync()
    {
        Context = await app.NewContextAsync(ViewportWidth, ViewportWidth < 600 ? 844 : 900);
        Page = await Context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        await Context.DisposeAsync();
        logCapture.Dispose();
    }

    /// <summary>Signs in on the sign-in page and waits for the signed-in header.</summary>
    protected async Task SignInAsync(StaffAccount account, string path = "/signin")
    {
        await Page.GotoAsync(path);
        await FillSignInAsync(account);
        await Expect(Page.GetByTestId("clinic-name")).ToHaveTextAsync(account.ClinicName);
    }

    protected async Task FillSignInAsync(StaffAccount account)
    {
        await Page.Locator("#email").FillAsync(account.Email);
        await Page.Locator("#password").FillAsync(account.Password);
        await Page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    protected Task<string> SaveScreenshotAsync(string name) => Screenshots.SaveAsync(Page, name);

    /// <summary>
    /// Fails, naming the elements that stick out, when the page is wider than the viewport once it has settled: a page
    /// that enhanced navigation or a form's answer is still patching in may be wider for a moment, which nobody can use.
    /// </summary>
    protected async Task AssertNoSidewaysScrollingAsync(string where = "this page")
    {
        const string fits = "() => document.documentElement.scrollWidth <= document.documentElement.clientWidth";
        try
        {
            await Page.WaitForFunctionAsync(fits, null, new() { Timeout = 5_000 });
        }
        catch (TimeoutException)
        {
            var overflow = await Page.EvaluateAsync<int>("document.documentElement.scrollWidth - document.documentElement.clientWidth");
            // Name the elements that stick out (not those scrolled inside a box of their own), innermost last.
            var wide = await Page.EvaluateAsync<string[]>("""
                () => [...document.querySelectorAll('body *')]
                  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
                  .filter(e => { for (let p = e.parentElement; p; p = p.parentElement) { if (getComputedStyle(p).overflowX !== 'visible') return false; } return true; })
                  .map(e => `${e.tagName.toLowerCase()}#${e.id}.${[...e.classList].join('.')} right=${Math.round(e.getBoundingClientRect().right)}`)
                  .slice(-8)
                """);
            await SaveScreenshotAsync("sideways-" + Guid.NewGuid().ToString("N")[..8]);
            Assert.Fail($"{where} ({Page.Url}) scrolls sideways by {overflow} px at {ViewportWidth} px: {string.Join("; ", wide)}");
        }
    }
}
