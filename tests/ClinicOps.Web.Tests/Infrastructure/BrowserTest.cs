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
}
