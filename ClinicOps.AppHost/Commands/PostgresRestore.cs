using ClinicOps.AppHost.Infrastructure;
using Microsoft.Extensions.Logging.Abstractions;

namespace ClinicOps.AppHost.Commands;

/// <summary>
/// <c>restore DIR</c>: brings the data folder back to a backup. Nothing in the data folder changes until the backup has
/// been checked (manifest, sizes, SHA-256, PostgreSQL version) and restored into a new cluster beside the current one
/// that has started and recovered once; only then is the current state moved aside (to <c>before-restore-&lt;time&gt;</c>,
/// kept for the user to delete) and the restored cluster and secrets moved in. The broker's data is moved aside too:
/// messages it held were published from a state the restore undoes. Instead, every event the databases' outboxes
/// sent in the hour before the backup is sent again, and the consumers' inboxes drop the ones they had already applied,
/// so no event that was on its way between services at the time of the backup is lost.
/// </summary>
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public static class PostgresRestore
{
    private static readonly TimeSpan ResendWindow = TimeSpan.FromHours(1);

    public static async Task<string> RunAsync(string dataDirectory, string backupDirectory, TextWriter output, CancellationToken cancellationToken)
    {
        var manifest = BackupManifest.ReadVerified(backupDirectory);
        var binaries = LocalBinaries.PostgresBinDirectory();
        var installedMajor = int.Parse(Path.GetFileName(Path.GetDirectoryName(binaries))!, System.Globalization.CultureInfo.InvariantCulture);
        if (installedMajor != manifest.PostgresMajorVersion)
        {
            throw new BadBackupException($"The backup was taken with PostgreSQL {manifest.PostgresVersion}; this machine has PostgreSQL " +
                $"{installedMajor}. Restore it on a machine with PostgreSQL {manifest.PostgresMajorVersion}.");
        }

        var running = RunningServer.ProcessesUsing(dataDirectory);
        if (running.Count > 0)
        {
            throw new DataCommandException("The app is running on this data folder (stop it with Ctrl+C in ./clinicops run, then restore " +
                $"again): {string.Join("; ", running.Take(3))}");
        }

        var stamp = DateTimeOffset.UtcNow.ToString("yyyyMMdd-HHmmss", System.Globalization.CultureInfo.InvariantCulture);
        var password = File.ReadAllText(Path.Combine(backupDirectory, BackupManifest.SecretsFolder, DataFolder.PostgresPassword)).Trim();
        var staged = new PostgresCluster(binaries, Path.Combine(dataDirectory, $"{DataFolder.PostgresCluster}.restoring-{stamp}"), password);
        try
        {
            await UnpackAsync(backupDirectory, staged.DataDirectory, cancellationToken);
            output.WriteLine("Backup unpacked; starting it once to recover and to queue recent events for sending again.");
            await RecoverAsync(staged, manifest.CreatedAt, cancellationToken);
        }
        catch
        {
            Directory.Delete(staged.DataDirectory, recursive: true);
            throw;
        }

        var aside = MoveCurrentStateAside(dataDirectory, stamp);
        Directory.Move(staged.DataDirectory, Path.Combine(dataDirectory, DataFolder.PostgresCluster));
        SecretFile.Replace(Path.Combine(dataDirectory, DataFolder.PostgresPassword), password);
        if (manifest.SigningKeyIncluded)
        {
            var key = Path.Combine(dataDirectory, DataFolder.SigningKey);
            AppDataDirectory.CreatePrivateDirectory(Path.GetDirectoryName(key)!);
            SecretFile.Replace(key, File.ReadAllText(Path.Combine(backupDirectory, BackupManifest.SecretsFolder, Path.GetFileName(DataFolder.SigningKey))));
        }

        return aside;
    }

    private static async Task UnpackAsync(string backupDirectory, string clusterDirectory, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(clusterDirectory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        await ProcessRunner.RunAsync("tar", ["-xzf", Path.Combine(backupDirectory, BackupManifest.BaseArchive), "-C", clusterDirectory],
            clusterDirectory, NullLogger.Instance, cancellationToken);
        if (PostgresCluster.RunsAsRoot)
        {
            await ProcessRunner.RunAsync("chown", ["-R", "postgres:postgres", clusterDirectory], clusterDirectory, NullLogger.Instance, cancellationToken);
        }
    }

    private static async Task RecoverAsync(PostgresCluster cluster, DateTimeOffset backupTakenAt, CancellationToken cancellationToken)
    {
        await using var server = await TemporaryPostgres.StartAsync(cluster, cancellationToken);
        List<string> databases = [];
        await using (var connection = server.Open("postgres"))
        {
            await connection.OpenAsync(cancellationToken);
            await using var list = new Npgsql.NpgsqlCommand("SELECT datname FROM pg_database WHERE NOT datistemplate AND datname <> 'postgres'", connection);
            await using var reader = await list.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                databases.Add(reader.GetString(0));
            }
        }

        foreach (var database in databases)
        {
            await using var connection = server.Open(database);
            await connection.OpenAsync(cancellationToken);
            await using var hasOutbox = new Npgsql.NpgsqlCommand("SELECT to_regclass('outbox_messages') IS NOT NULL", connection);
            if (await hasOutbox.ExecuteScalarAsync(cancellationToken) is not true)
            {
                continue;
            }

            await using var resend = new Npgsql.NpgsqlCommand(
                "UPDATE outbox_messages SET sent_at = NULL, next_attempt_at = NULL WHERE sent_at >= @since", connection);
            resend.Parameters.AddWithValue("since", backupTakenAt - ResendWindow);
            await resend.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static string MoveCurrentStateAside(string dataDirectory, string stamp)
    {
        var aside = AppDataDirectory.CreatePrivateDirectory(Path.Combine(dataDirectory, $"before-restore-{stamp}"));
        foreach (var part in new[] { DataFolder.PostgresCluster, DataFolder.RabbitMq, DataFolder.PostgresPassword, Path.GetDirectoryName(DataFolder.SigningKey)! })
        {
            var path = Path.Combine(dataDirectory, part);
            if (Directory.Exists(path))
            {
                Directory.Move(path, Path.Combine(aside, part));
            }
            else if (File.Exists(path))
            {
                File.Copy(path, Path.Combine(aside, part));
            }
        }

        return aside;
    }
}
