using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>
/// A convenient base for whole-app tests: joins the <see cref="WholeApp"/> collection and sends the app's logs
/// (every service's console) to the test's output while the test runs.
/// </summary>
[Collection(WholeApp.Name)]
public abstract class WholeAppTest(WholeAppFixture app, ITestOutputHelper output) : IDisposable
{
    private readonly IDisposable logCapture = app.CaptureLogs(output);

    protected WholeAppFixture App => app;

    public void Dispose()
    {
        logCapture.Dispose();
        GC.SuppressFinalize(this);
    }
}
