using System.Collections.Concurrent;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>
/// A test output that keeps every line it is given and passes it on: attached with
/// <c>WholeAppFixture.CaptureLogs</c>, it holds exactly the app's log lines written while the test ran.
/// </summary>
public sealed class LogRecorder(ITestOutputHelper output) : ITestOutputHelper
{
    private readonly ConcurrentQueue<string> lines = new();

    public IReadOnlyList<string> Lines => [.. lines];

    public void WriteLine(string message)
    {
        lines.Enqueue(message);
        output.WriteLine(message);
    }

    public void WriteLine(string format, params object[] args) => WriteLine(string.Format(System.Globalization.CultureInfo.InvariantCulture, format, args));
}
