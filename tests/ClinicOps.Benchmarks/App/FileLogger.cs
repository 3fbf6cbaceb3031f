using Microsoft.Extensions.Logging;

namespace ClinicOps.Benchmarks.App;

/// <summary>One category's logger of <see cref="FileLog"/>.</summary>
public sealed class FileLogger(FileLog log, string category) : ILogger
{
    private const string ResourcePrefix = "ClinicOps.AppHost.Resources.";

    public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) =>
        logLevel >= (category.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? LogLevel.Information : LogLevel.Warning);

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            var source = category.StartsWith(ResourcePrefix, StringComparison.Ordinal) ? category[ResourcePrefix.Length..] : category;
            log.Write(source, logLevel, formatter(state, exception) + (exception is null ? "" : " " + exception));
        }
    }
}
