using Microsoft.Playwright;

namespace ClinicOps.Web.Tests.Infrastructure;

/// <summary>
/// Screenshots of the main pages, saved with the test results: TestResults/web-screenshots/ at the repository root
/// (where ./clinicops test writes its results), or beside the test binaries outside a repository.
/// </summary>
public static class Screenshots
{
    public static string Directory { get; } = Locate();

    public static async Task<string> SaveAsync(IPage page, string name)
    {
        var path = Path.Combine(Directory, $"{name}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    private static string Locate()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "ClinicOps.sln")))
            {
                return System.IO.Directory.CreateDirectory(Path.Combine(folder.FullName, "TestResults", "web-screenshots")).FullName;
            }
        }

        return System.IO.Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "web-screenshots")).FullName;
    }
}
