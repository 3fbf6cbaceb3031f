using Microsoft.Extensions.Logging;

namespace ClinicOps.Benchmarks.App;

/// <summary>
/// The app's logs (every resource's console output, forwarded by Aspire, and the AppHost's warnings) written to
/// app.log beside the report, so the console keeps to the benchmark's progress.
/// </summary>
public sealed class FileLog(string path) : ILoggerProvider
{
    private readonly StreamWriter _file = OpenFile(path);
    private readonly Lock _gate = new();
    private bool _disposed;

    public ILogger CreateLogger(string categoryName) => new FileLogger(this, categoryName);

    public void Write(string category, LogLevel level, string message)
    {
        lock (_gate)
        {
            if (!_disposed)
            {
                _file.WriteLine($"{DateTimeOffset.UtcNow:HH:mm:ss.fff} {level,-11} [{category}] {message}");
            }
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _disposed = true;
            _file.Dispose();
        }
    }

    private static StreamWriter OpenFile(string path)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        return new StreamWriter(path) { AutoFlush = true };
    }
}
