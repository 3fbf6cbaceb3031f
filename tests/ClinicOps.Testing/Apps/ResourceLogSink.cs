using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace ClinicOps.Testing.Apps;

/// <summary>
/// Where the running app's logs go: every resource's console output (Aspire forwards it to the category
/// "ClinicOps.AppHost.Resources.&lt;resource&gt;") and the AppHost's warnings. All of it is written to a file; the
/// lines of the last minutes are kept per resource for a start-up failure message; and while a test has attached its
/// output (<see cref="Attach"/>), they also go to that test's output.
/// </summary>
public sealed partial class ResourceLogSink : ILoggerProvider
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

    public ILogger CreateLogger(string categoryName) =>
        categoryName.StartsWith(ResourceCategoryPrefix, StringComparison.Ordinal)
            ? new SinkLogger(this, categoryName[ResourceCategoryPrefix.Length..], isResource: true)
            : new SinkLogger(this, categoryName, isResource: false);

    public void Dispose()
    {
        lock (gate)
        {
            output = null;
            disposed = true;
            file.Dispose();
        }
    }

    // Services write coloured console output (for the dashboard); the escape codes are noise in a file.
    [GeneratedRegex(@"\x1B\[[0-9;]*m")]
    private static partial Regex AnsiEscapes();

    private void Write(string source, string message)
    {
        var line = $"{DateTimeOffset.UtcNow:HH:mm:ss.fff} [{source}] {AnsiEscapes().Replace(message, "")}";
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

    /// <summary>A resource's lines are its console output as they are; the AppHost's own lines carry their level.</summary>
    private sealed class SinkLogger(ResourceLogSink sink, string source, bool isResource) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel != LogLevel.None;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var message = formatter(state, exception);
            if (exception is not null)
            {
                message = $"{message}{Environment.NewLine}{exception}";
            }

            sink.Write(source, isResource ? message : $"{logLevel}: {message}");
        }
    }
}
