using System.Globalization;
using ClinicOps.AppHost.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicOps.AppHost.Commands;

/// <summary>
/// <c>backup DIR</c>: one consistent copy of the whole PostgreSQL cluster — every service's database as of one
/// instant, taken with pg_basebackup while the app runs or from a temporary server when it does not — plus the signing
/// key (so tokens issued before the backup stay valid after a restore) and the cluster's password, with a manifest.
/// A physical copy rather than five pg_dumps: five dumps are five different instants, and events in flight between
/// services would be lost or doubled between them.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class PostgresBackup
{
    public static async Task<BackupManifest> RunAsync(string dataDirectory, string backupDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        var cluster = DataCommands.ClusterOf(dataDirectory);
        if (!cluster.IsInitialized)
        {
            throw new DataCommandException($"There is nothing to back up: {dataDirectory} holds no PostgreSQL cluster yet (run the app once).");
        }

        PrepareEmptyFolder(backupDirectory);
        var running = RunningServer.Find(cluster.DataDirectory);
        await using var temporary = running is null ? await TemporaryPostgres.StartAsync(cluster, cancellationToken) : null;
        var port = running ?? temporary!.Port;
        output.WriteLine(running is null
            ? $"The app is not running: backing up from a temporary server on port {port}."
            : $"The app is running: backing up from its server on port {port}, without stopping it.");

        var (version, databases) = await DescribeAsync(cluster.ConnectionString(port, "postgres"), cancellationToken);
        var (basebackup, arguments) = (Path.Combine(LocalBinaries.PostgresBinDirectory(), "pg_basebackup"), new List<string>
        {
            "-h", "127.0.0.1", "-p", port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "--no-password",
            "-D", Path.Combine(backupDirectory, "postgres"), "-Ft", "-z", "-X", "fetch", "--checkpoint=fast", "--no-manifest",
        });
        await ProcessRunner.RunAsync(basebackup, arguments, backupDirectory, NullLogger.Instance, cancellationToken,
            new Dictionary<string, string> { ["PGPASSWORD"] = cluster.Password });

        var secrets = AppDataDirectory.CreatePrivateDirectory(Path.Combine(backupDirectory, BackupManifest.SecretsFolder));
        List<string> files = [BackupManifest.BaseArchive];
        CopySecret(Path.Combine(dataDirectory, DataFolder.PostgresPassword), Path.Combine(secrets, DataFolder.PostgresPassword));
        files.Add($"{BackupManifest.SecretsFolder}/{DataFolder.PostgresPassword}");
        var signingKey = Path.Combine(dataDirectory, DataFolder.SigningKey);
        var keyIncluded = File.Exists(signingKey);
        if (keyIncluded)
        {
            CopySecret(signingKey, Path.Combine(secrets, Path.GetFileName(DataFolder.SigningKey)));
            files.Add($"{BackupManifest.SecretsFolder}/{Path.GetFileName(DataFolder.SigningKey)}");
        }

        var manifest = new BackupManifest(BackupManifest.CurrentFormat, DateTimeOffset.UtcNow, version.Text, version.Major, databases,
            [.. files.Select(f => BackupManifest.Describe(backupDirectory, f))], keyIncluded);
        manifest.Write(backupDirectory);
        return manifest;
    }

    private static void PrepareEmptyFolder(string backupDirectory)
    {
        if (Directory.Exists(backupDirectory) && Directory.EnumerateFileSystemEntries(backupDirectory).Any())
        {
            throw new DataCommandException($"{backupDirectory} is not empty: a backup goes into a new or empty folder, so no earlier backup is overwritten.");
        }

        AppDataDirectory.CreatePrivateDirectory(backupDirectory);
    }

    private static void CopySecret(string from, string to)
    {
        PrivatePath.CheckSecretFile(from);
        if (!SecretFile.TryCreate(to, File.ReadAllText(from)))
        {
            throw new DataCommandException($"{to} already exists.");
        }
    }

    private static async Task<((string Text, int Major) Version, List<BackupManifest.Database> Databases)> DescribeAsync(
        string connectionString, CancellationToken cancellationToken)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT current_setting('server_version'), current_setting('server_version_num')::int / 10000, " +
            "(SELECT json_agg(json_build_object('name', datname, 'bytes', pg_database_size(datname)) ORDER BY datname) " +
            " FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres')::text", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var databases = reader.IsDBNull(2)
            ? []
            : System.Text.Json.JsonSerializer.Deserialize<List<BackupManifest.Database>>(reader.GetString(2),
                new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web))!;
        return ((reader.GetString(0), reader.GetInt32(1)), databases);
    }
}
