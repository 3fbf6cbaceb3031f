using System.Globalization;
using System.Runtime.Versioning;

namespace ClinicOps.Testing.Servers;

/// <summary>
/// PostgreSQL from the machine's own binaries (Debian package "postgresql"): a throw-away cluster in a temp
/// directory, on a free port, tuned for tests (no fsync). PostgreSQL refuses to run as root, so as root it runs
/// as the "postgres" user via setpriv — which is also why the directory lives under /tmp, not under /root.
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class LocalPostgres : ITestServer
{
    private static readonly TimeSpan StartDeadline = TimeSpan.FromSeconds(60);

    private readonly string _bin;
    private readonly string _root;
    private readonly string _dataDirectory;
    private readonly int _port;
    private ServerProcess? _process;

    private LocalPostgres(string bin, string root)
    {
        _bin = bin;
        _root = root;
        _dataDirectory = Path.Combine(root, "data");
        _port = FreePort.Next();
    }

    public string ConnectionString =>
        $"Host=127.0.0.1;Port={_port};Username=postgres;Password=postgres;Database=postgres;Pooling=false";

    public static async Task<LocalPostgres> StartNewAsync(string parentDirectory, CancellationToken cancellationToken)
    {
        var bin = FindBinaries();
        var root = Path.Combine(parentDirectory, $"pg-{Guid.NewGuid():N}");
        Directory.CreateDirectory(root);
        // The postgres user creates its own data directory here (initdb insists on owning it).
        File.SetUnixFileMode(root, (UnixFileMode)0b111_111_111);

        var server = new LocalPostgres(bin, root);
        try
        {
            server.InitDb();
            await server.StartAsync(cancellationToken);
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        _process = ServerProcess.Start(AsPostgresUser(Path.Combine(_bin, "postgres"),
            "-D", _dataDirectory,
            "-p", _port.ToString(CultureInfo.InvariantCulture),
            "-k", _root,
            "-c", "listen_addresses=127.0.0.1",
            "-c", "fsync=off",
            "-c", "synchronous_commit=off",
            "-c", "full_page_writes=off",
            "-c", "max_connections=300",
            "-c", "shared_buffers=64MB"), _root);
        await Readiness.WaitAsync(_process, $"PostgreSQL on port {_port}", StartDeadline,
            ct => Probes.PostgresAcceptsAsync(ConnectionString, ct), cancellationToken);
    }

    /// <summary>Fast shutdown (SIGINT: abort transactions, close connections) so a restart on the same data directory is clean.</summary>
    public Task StopAsync() => _process?.StopAsync(Signals.Interrupt, TimeSpan.FromSeconds(15)) ?? Task.CompletedTask;

    public async ValueTask DisposeAsync()
    {
        _process?.Kill();
        await Task.CompletedTask;
    }

    private void InitDb()
    {
        var initdb = Path.Combine(_bin, "initdb");
        var arguments = AsPostgresUser(initdb, "-D", _dataDirectory, "-U", "postgres", "--auth=trust", "-E", "UTF8",
            "--locale=C.UTF-8", "--no-sync", "--no-instructions");
        var (exitCode, output) = Command.Run(TimeSpan.FromSeconds(60), arguments[0], [.. arguments.Skip(1)]);
        if (exitCode != 0)
        {
            throw new ServerStartException($"initdb failed with exit code {exitCode}.", output);
        }
    }

    private static string[] AsPostgresUser(string fileName, params string[] arguments) =>
        Environment.UserName == "root"
            ? ["/usr/bin/setpriv", "--reuid=postgres", "--regid=postgres", "--init-groups", "--", fileName, .. arguments]
            : [fileName, .. arguments];

    private static string FindBinaries()
    {
        // Prefer 15 (what production runs); accept any installed major version.
        const string versions = "/usr/lib/postgresql";
        var candidates = Directory.Exists(versions)
            ? Directory.GetDirectories(versions)
                .Select(dir => Path.Combine(dir, "bin"))
                .Where(bin => File.Exists(Path.Combine(bin, "postgres")) && File.Exists(Path.Combine(bin, "initdb")))
                .OrderByDescending(bin => bin.Contains("/15/", StringComparison.Ordinal))
                .ThenByDescending(bin => bin, StringComparer.Ordinal)
                .ToList()
            : [];
        return candidates.FirstOrDefault() ?? throw new ServerStartException(
            "PostgreSQL binaries not found under /usr/lib/postgresql/<version>/bin and no Docker engine answers. " +
            "Install the Debian package: apt-get install -y postgresql");
    }
}
