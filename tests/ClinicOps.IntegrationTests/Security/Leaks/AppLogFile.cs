namespace ClinicOps.IntegrationTests.Security.Leaks;

/// <summary>
/// The file the whole-app fixture writes every resource's log to (its ResourceLogSink, under the test binaries'
/// logs/ folder). The fixture does not hand out the path, and several runs may share the folder, so the file is found by
/// a marker only this run's app logged.
/// </summary>
public static class AppLogFile
{
    /// <summary>The log file that shows <paramref name="marker"/>; failing that, the newest one (null when there is none).</summary>
    public static async Task<(string Path, string[] Lines)?> FindAsync(string marker, TimeSpan within)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "logs");
        var deadline = TimeProvider.System.GetUtcNow() + within;
        while (true)
        {
            if (Directory.Exists(folder))
            {
                foreach (var file in new DirectoryInfo(folder).GetFiles("wholeapp-*.log").OrderByDescending(f => f.LastWriteTimeUtc))
                {
                    var lines = await ReadSharedAsync(file.FullName);
                    if (lines.Any(l => l.Contains(marker, StringComparison.Ordinal)))
                    {
                        return (file.FullName, lines);
                    }
                }
            }

            if (TimeProvider.System.GetUtcNow() > deadline)
            {
                var newest = Directory.Exists(folder)
                    ? new DirectoryInfo(folder).GetFiles("wholeapp-*.log").MaxBy(f => f.LastWriteTimeUtc)
                    : null;
                return newest is null ? null : (newest.FullName, await ReadSharedAsync(newest.FullName));
            }

            await Task.Delay(500);
        }
    }

    /// <summary>Reads the file while the fixture still writes it.</summary>
    private static async Task<string[]> ReadSharedAsync(string path)
    {
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        return (await reader.ReadToEndAsync()).Split('\n');
    }
}
