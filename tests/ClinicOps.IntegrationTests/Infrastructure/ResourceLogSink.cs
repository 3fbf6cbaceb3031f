using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>
/// Where the running app's logs go: every resource's console output (Aspire forwards it to the category
/// "ClinicOps.AppHost.Resources.&lt;resource&gt;") and the AppHost's warnings. All of it is written to a file; the
/// lines of the last minutes are kept per resource for a start-up failure message; and while a test has attached its
/// output (<see cref="Attach"/>), they also go to that test's output.
/// </summary>
public sealed class ResourceLogSink : ILoggerProvider
{
    private const string ResourceCategoryPrefix = "ClinicOps.AppHost.Resources.";
    private const int TailLength = 40;

    private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> tails = new();
    private readonly StreamWriter file;
    private readonly Lock gate = new();
    private ITestOutputHelper? output;
    private bool disposed;

    public ResourceLogSink(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        FilePath = path;
        file = new StreamWriter(path) { AutoFlush = true };
    }

    public string FilePath { get; }

    public IDisposable Attach(ITestOutputHelper testOutput)
    {
        lock (gate)
        {
            output = testOutput;
        }

        return new Detacher(this, testOutput);
    }

    /// <summary>The last lines a resource wrote, newest last.</summary>
    public IReadOnlyList<string> Tail(string resource) =>
        tails.TryGetValue(resource, out var lines) ? [.. lines] : [];

    public ILogger CreateLogger(string categoryName) => new SinkLogger(this, SourceName(categoryName));

    public void Dispose()
    {
        lock (gate)
        {
            output = null;
            disposed = true;
            file.Dispose();
        }
    }

    private static string SourceName(string category) =>
        category.StartsWith(ResourceCategoryPrefix, StringComparison.Ordinal) ? category[ResourceCategoryPrefix.Length..] : category;

    private void Write(string source, LogLevel level, string message)
    {
        var line = $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} [{source}] {(level >= LogLevel.Warning ? level + ": " : "")}{message}";
        var tail = tails.GetOrAdd(source, _ => new ConcurrentQueue<string>());
        tail.Enqueue(line);
        while (tail.Count > TailLength && tail.TryDequeue(out _))
        {
        }

        lock (gate)
        {
            if (disposed)
            {
                return; // disposed: the app logs its last words after the tests are over
            }

            file.WriteLine(line);
            try
            {
                output?.WriteLine(line);
            }
            catch (InvalidOperationException)
            {
                output = null; // the test has finished
            }
        }
    }

    private void Detach(ITestOutputHelper testOutput)
    {
        lock (gate)
        {
            if (ReferenceEquals(output, testOutput))
            {
                output = null;
            }
        }
    }

    private sealed class Detacher(ResourceLogSink sink, ITestOutputHelper testOutput) : IDisposable
    {
        public void Dispose() => sink.Detach(testOutput);
    }

    private sealed class SinkLogger(ResourceLogSink sink, string source) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            sink.Write(source, logLevel, exception is null ? message : $"{message}{Environment.NewLine}{exception}");
        }
    }
}
