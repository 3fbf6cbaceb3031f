using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Configuration;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// The folder where the app keeps what must survive between runs: the PostgreSQL cluster, RabbitMQ's node data, the
/// JWT signing key and the database password. It is the running user's own: <c>$XDG_STATE_HOME/clinicops/&lt;hash&gt;</c>
/// (else <c>~/.local/state/clinicops/&lt;hash&gt;</c>), one per clone of the repository, never inside it, created 0700.
/// For root it is <c>/var/lib/clinicops/&lt;hash&gt;</c>, mode 0711: PostgreSQL must run as the postgres user, which
/// cannot enter /root, and needs to pass through (not list) this folder to reach its cluster; every secret inside is
/// 0600 and every other sub-folder 0700. The configuration key <c>ClinicOps:DataDirectory</c> overrides the location
/// (the tests point it at a temp folder). Whatever the location, a folder or secret that another user owns or can
/// change is refused (<see cref="PrivatePath"/>).
/// </summary>
public static class AppDataDirectory
{
    public const string ConfigurationKey = "ClinicOps:DataDirectory";

    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode OwnerOnlyOthersPass = OwnerOnly | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute;
    private const UnixFileMode OwnerWritesOthersRead = OwnerOnlyOthersPass | UnixFileMode.GroupRead | UnixFileMode.OtherRead;

    public static string GetAppDataDirectory(this IDistributedApplicationBuilder builder) =>
        Resolve(builder.Configuration, Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..")));

    /// <summary>The data folder for this configuration and clone, created and checked.</summary>
    public static string Resolve(IConfiguration configuration, string repositoryRoot)
    {
        var configured = configuration[ConfigurationKey];
        var path = string.IsNullOrWhiteSpace(configured) ? DefaultFor(repositoryRoot) : Path.GetFullPath(configured);
        if (string.IsNullOrWhiteSpace(configured) && !OperatingSystem.IsWindows())
        {
            // The per-user parent (…/clinicops) is private too; for root it lives under /var/lib, which only root writes.
            PrivatePath.EnsureDirectory(Path.GetDirectoryName(path)!, PostgresCluster.RunsAsRoot ? OwnerWritesOthersRead : OwnerOnly);
        }

        return PrivatePath.EnsureDirectory(path, FolderMode);
    }

    /// <summary>Mode of the data folder: private, except that root's lets the postgres user pass through.</summary>
    private static UnixFileMode FolderMode => PostgresCluster.RunsAsRoot ? OwnerOnlyOthersPass : OwnerOnly;

    /// <summary>Creates (or checks) a sub-folder only its owner can enter, for secrets and the broker's data.</summary>
    public static string CreatePrivateDirectory(string path) => PrivatePath.EnsureDirectory(path, OwnerOnly);

    private static string DefaultFor(string repositoryRoot)
    {
        var clone = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repositoryRoot)))[..12];
        if (OperatingSystem.IsWindows())
        {
            return Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "clinicops", clone);
        }

        if (PostgresCluster.RunsAsRoot)
        {
            return Path.Combine("/var/lib/clinicops", clone);
        }

        var stateHome = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        var root = string.IsNullOrWhiteSpace(stateHome) || !Path.IsPathRooted(stateHome)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state")
            : stateHome;
        return Path.Combine(root, "clinicops", clone);
    }
}
