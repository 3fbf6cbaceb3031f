using System.Reflection;
using ClinicOps.AppHost.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace ClinicOps.AppHost.Commands;

/// <summary>
/// The AppHost's commands besides running the app: <c>backup DIR</c> and <c>restore DIR</c> (through
/// <c>./clinicops backup|restore DIR</c>). They work on the same data folder as the app (ClinicOps:DataDirectory or the
/// per-user default) with the machine's own PostgreSQL binaries.
/// </summary>
public static class DataCommands
{
    public static bool IsCommand(string[] args) => args is ["backup" or "restore", ..];

    /// <summary>Runs the command in <paramref name="args"/> (then DIR, then configuration switches); 0 when done, 1 when refused.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter? output = null, TextWriter? error = null)
    {
        output ??= Console.Out;
        error ??= Console.Error;
        if (args.Length < 2 || args[1].StartsWith('-'))
        {
            await error.WriteLineAsync($"usage: ./clinicops {args[0]} DIR");
            return 2;
        }

        if (!OperatingSystem.IsLinux())
        {
            await error.WriteLineAsync($"clinicops {args[0]}: backup and restore work with the machine's own PostgreSQL on Linux.");
            return 2;
        }

        var configuration = new ConfigurationBuilder().AddEnvironmentVariables().AddCommandLine(args[2..]).Build();
        var backupDirectory = Path.GetFullPath(args[1]);
        try
        {
            var dataDirectory = AppDataDirectory.Resolve(configuration, RepositoryRoot);
            if (args[0] == "backup")
            {
                var manifest = await PostgresBackup.RunAsync(dataDirectory, backupDirectory, output, CancellationToken.None);
                output.WriteLine($"Backed up {manifest.Databases.Count} databases ({string.Join(", ", manifest.Databases.Select(d => d.Name))}) " +
                    $"of {dataDirectory} to {backupDirectory} at {manifest.CreatedAt:u}" +
                    (manifest.SigningKeyIncluded ? ", with the signing key." : "; the signing key comes from configuration and is not in the backup."));
            }
            else
            {
                var aside = await PostgresRestore.RunAsync(dataDirectory, backupDirectory, output, CancellationToken.None);
                output.WriteLine($"Restored {dataDirectory} from {backupDirectory}. The state it replaced is in {aside} (delete it when you no longer need it).");
            }

            return 0;
        }
        catch (Exception e) when (e is BadBackupException or DataCommandException or UnsafeDataPathException or DistributedApplicationException)
        {
            await error.WriteLineAsync($"clinicops {args[0]}: {e.Message}");
            await error.WriteLineAsync("Nothing in the app's data folder was changed.");
            return 1;
        }
    }

    /// <summary>The cluster of a data folder, with the password the app created for it.</summary>
    public static PostgresCluster ClusterOf(string dataDirectory)
    {
        var passwordFile = Path.Combine(dataDirectory, DataFolder.PostgresPassword);
        var password = File.Exists(passwordFile) ? SecretFile.ReadOrCreate(passwordFile) : "";
        return new PostgresCluster(LocalBinaries.PostgresBinDirectory(), Path.Combine(dataDirectory, DataFolder.PostgresCluster), password);
    }

    private static string RepositoryRoot => Path.GetFullPath(Path.Combine(
        typeof(DataCommands).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(a => a.Key == "apphostprojectpath").Value!, ".."));
}
