using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace ClinicOps.Identity.Tests.Infrastructure;

internal sealed class CapturingLogger(string category, ConcurrentQueue<CapturedLog> entries) : ILogger
{
    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        var values = state as IReadOnlyList<KeyValuePair<string, object?>> ?? [];
        entries.Enqueue(new CapturedLog(category, logLevel, formatter(state, exception),
            values.ToDictionary(v => v.Key, v => v.Value?.ToString())));
    }
}
