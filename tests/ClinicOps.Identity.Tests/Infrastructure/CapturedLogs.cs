using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Identity.Tests.Infrastructure;

/// <summary>Every log line of the service under test, with its structured values, for asserting on audit events.</summary>
public sealed class CapturedLogs : ILoggerProvider
{
    private readonly ConcurrentQueue<CapturedLog> _entries = new();

    public IReadOnlyCollection<CapturedLog> Entries => _entries;

    public ILogger CreateLogger(string categoryName) => new CapturingLogger(categoryName, _entries);

    public void Dispose()
    {
    }
}
