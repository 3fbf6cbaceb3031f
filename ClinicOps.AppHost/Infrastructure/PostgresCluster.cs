using Microsoft.Extensions.Logging;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Creates the PostgreSQL cluster (initdb) before the first start, and says how to run a PostgreSQL binary:
/// as the postgres user when the AppHost is root (PostgreSQL refuses to run as root), through setpriv, which
/// execs the binary so that the orchestrator's process is PostgreSQL itself.
/// </summary>
public sealed class PostgresCluster(string binDirectory, string dataDirectory, string password)
{
    private const string OsUser = "postgres";

    public string DataDirectory => dataDirectory;

    public string Password => password;

    public static bool RunsAsRoot => !OperatingSystem.IsWindows() && Environment.IsPrivilegedProcess;

    /// <summary>The command and leading arguments that run <paramref name="binary"/> (postgres, initdb) as the right user.</summary>
    public (string Command, List<string> Arguments) Invocation(string binary)
    {
        var path = Path.Combine(binDirectory, binary);
        return RunsAsRoot
            ? (LocalBinaries.SetPriv(), [$"--reuid={OsUser}", $"--regid={OsUser}", "--init-groups", path])
            : (path, []);
    }

    /// <summary>
    /// A connection string for the superuser to one database of this cluster's server on <paramref name="port"/>; not
    /// pooled, so a server being shut down never waits for an idle connection of this process.
    /// </summary>
    public string ConnectionString(int port, string database) => new Npgsql.NpgsqlConnectionStringBuilder
    {
        Host = "127.0.0.1",
        Port = port,
        Username = "postgres",
        Password = password,
        Database = database,
        Pooling = false,
        Timeout = 5,
    }.ConnectionString;

    public bool IsInitialized => File.Exists(Path.Combine(dataDirectory, "PG_VERSION"));

    public async Task EnsureInitializedAsync(ILogger logger, CancellationToken cancellationToken)
    {
        if (IsInitialized)
        {
            return;
        }

        logger.LogInformation("Creating the PostgreSQL cluster in {DataDirectory} (first run).", dataDirectory);
        if (Directory.Exists(dataDirectory))
        {
            Directory.Delete(dataDirectory, recursive: true); // left over from an interrupted initdb: no PG_VERSION, no data
        }

        Directory.CreateDirectory(dataDirectory);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(dataDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        var passwordFile = Path.Combine(Path.GetDirectoryName(dataDirectory)!, $".initdb-{Guid.NewGuid():N}");
        var initialized = false;
        try
        {
            SecretFile.TryCreate(passwordFile, password);
            if (RunsAsRoot)
            {
                await ProcessRunner.RunAsync("chown", [$"{OsUser}:{OsUser}", dataDirectory, passwordFile], dataDirectory, logger, cancellationToken);
            }

            var (command, arguments) = Invocation("initdb");
            arguments.AddRange(["-D", dataDirectory, "-U", "postgres", "--auth=scram-sha-256", $"--pwfile={passwordFile}", "-E", "UTF8", "--no-sync"]);
            await ProcessRunner.RunAsync(command, arguments, Path.GetDirectoryName(dataDirectory)!, logger, cancellationToken);
            initialized = true;
        }
        finally
        {
            File.Delete(passwordFile);
            if (!initialized)
            {
                Directory.Delete(dataDirectory, recursive: true); // so the next start tries again from scratch
            }
        }
    }
}
