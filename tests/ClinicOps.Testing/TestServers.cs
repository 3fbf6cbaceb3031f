using System.Runtime.Versioning;
using System.Text.RegularExpressions;
using ClinicOps.Testing.Servers;
using Npgsql;

namespace ClinicOps.Testing;

/// <summary>
/// A real PostgreSQL and a real RabbitMQ for tests: containers when a Docker engine answers, otherwise the
/// machine's own binaries in a temp directory on free ports. Everything started here is killed when the test
/// process exits.
/// </summary>
public sealed partial class TestServers : IAsyncDisposable
{
    private const int StartAttempts = 3;
    private const string TempRoot = "/tmp";
    private const string TempPrefix = "clinicops-tests-";
    private static readonly Lazy<Task<TestServers>> Shared = new(() => StartNewAsync());

    private readonly ITestServer _postgres;
    private readonly ITestServer _rabbitMq;
    private readonly string? _directory;

    private TestServers(ITestServer postgres, ITestServer rabbitMq, string? directory)
    {
        _postgres = postgres;
        _rabbitMq = rabbitMq;
        _directory = directory;
    }

    /// <summary>True when the servers run in containers (Testcontainers), false for local binaries.</summary>
    public bool UsesContainers => _directory is null;

    /// <summary>The "postgres" maintenance database (no pooling). Services get their own database from <see cref="CreateDatabaseAsync"/>.</summary>
    public string PostgresConnectionString => _postgres.ConnectionString;

    /// <summary>amqp:// URI, the form <c>ConnectionStrings:rabbitmq</c> takes.</summary>
    public string RabbitMqConnectionString => _rabbitMq.ConnectionString;

    /// <summary>The servers shared by every test in this process (started once, on first use).</summary>
    public static Task<TestServers> GetAsync() => Shared.Value;

    /// <summary>
    /// Servers of your own, not shared: for tests that stop and start a server (outages, restarts) so they do not
    /// disturb tests running in parallel. Dispose them when done.
    /// </summary>
    public static async Task<TestServers> StartNewAsync(CancellationToken cancellationToken = default)
    {
        if (DockerProbe.EngineAnswers())
        {
            var containers = await Task.WhenAll(
                StartWithRetryAsync(ct => ContainerPostgres.StartNewAsync(ct), cancellationToken),
                StartWithRetryAsync(ct => ContainerRabbitMq.StartNewAsync(ct), cancellationToken));
            return new TestServers(containers[0], containers[1], null);
        }

        return OperatingSystem.IsLinux()
            ? await StartLocalAsync(cancellationToken)
            : throw new ServerStartException("No Docker engine answers, and local PostgreSQL/RabbitMQ binaries are supported on Linux only.");
    }

    [SupportedOSPlatform("linux")]
    private static async Task<TestServers> StartLocalAsync(CancellationToken cancellationToken)
    {
        var directory = CreateTempDirectory();
        var servers = await Task.WhenAll(
            StartWithRetryAsync(ct => LocalPostgres.StartNewAsync(directory, ct), cancellationToken),
            StartWithRetryAsync(ct => LocalRabbitMq.StartNewAsync(directory, ct), cancellationToken));
        return new TestServers(servers[0], servers[1], directory);
    }

    private static async Task<ITestServer> StartWithRetryAsync<T>(Func<CancellationToken, Task<T>> start, CancellationToken cancellationToken)
        where T : ITestServer
    {
        // A free port can be taken by another process before the server binds it: try again on fresh ports.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await start(cancellationToken);
            }
            catch (ServerStartException e) when (e.PortInUse && attempt < StartAttempts)
            {
            }
        }
    }

    /// <summary>Creates an empty, uniquely named database and returns its connection string.</summary>
    public async Task<string> CreateDatabaseAsync(string prefix, CancellationToken cancellationToken = default)
    {
        // Identifiers are at most 63 bytes: keep 30 of the prefix plus a 32-digit unique suffix.
        var safePrefix = NotIdentifierCharacters().Replace(prefix.ToLowerInvariant(), "_");
        var name = $"{safePrefix[..Math.Min(30, safePrefix.Length)]}_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(PostgresConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        return new NpgsqlConnectionStringBuilder(PostgresConnectionString)
        {
            Database = name,
            Pooling = true,
            IncludeErrorDetail = true,
        }.ConnectionString;
    }

    /// <summary>Stops the broker abruptly (like a crash). Its port stays reserved for <see cref="StartRabbitMqAsync"/>.</summary>
    public Task StopRabbitMqAsync() => _rabbitMq.StopAsync();

    /// <summary>Starts the broker again on the same port with the same data; returns once it completes an AMQP handshake.</summary>
    public Task StartRabbitMqAsync(CancellationToken cancellationToken = default) => _rabbitMq.StartAsync(cancellationToken);

    /// <summary>Stops PostgreSQL (fast shutdown: open connections are cut, data is kept).</summary>
    public Task StopPostgresAsync() => _postgres.StopAsync();

    /// <summary>Starts PostgreSQL again on the same port; returns once it accepts connections.</summary>
    public Task StartPostgresAsync(CancellationToken cancellationToken = default) => _postgres.StartAsync(cancellationToken);

    public async ValueTask DisposeAsync()
    {
        await _rabbitMq.DisposeAsync();
        await _postgres.DisposeAsync();
        if (_directory is not null)
        {
            ProcessJanitor.DeleteNow(_directory);
        }
    }

    [SupportedOSPlatform("linux")]
    private static string CreateTempDirectory()
    {
        // Under /tmp, never under /root: the postgres user must be able to reach its data directory.
        var directory = Path.Combine(TempRoot, $"{TempPrefix}{Environment.ProcessId}-{Guid.NewGuid().ToString("N")[..8]}");
        Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, (UnixFileMode)0b111_101_101);
        ProcessJanitor.DeleteOnExit(directory);
        return directory;
    }

    [GeneratedRegex("[^a-z0-9_]")]
    private static partial Regex NotIdentifierCharacters();
}
