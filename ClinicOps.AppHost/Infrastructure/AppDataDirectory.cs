using System.Security.Cryptography;
using System.Text;

namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// The folder where the app keeps what must survive between runs: the PostgreSQL cluster, RabbitMQ's node data and
/// the JWT signing key. It is never inside the repository, so no key or database file can be committed.
/// Default: /var/tmp/clinicops/&lt;hash of the repository path&gt;. /var/tmp survives reboots and, unlike a folder
/// under the repository (often under /root, which other users cannot enter), its parent folders are readable by the
/// <c>postgres</c> user that PostgreSQL must run as. The configuration key <c>ClinicOps:DataDirectory</c> overrides it
/// (the integration tests point it at a temp folder).
/// </summary>
public static class AppDataDirectory
{
    public const string ConfigurationKey = "ClinicOps:DataDirectory";

    private const string DefaultRoot = "/var/tmp/clinicops";

    private const UnixFileMode Traversable =
        UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute |
        UnixFileMode.GroupRead | UnixFileMode.GroupExecute |
        UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public static string GetAppDataDirectory(this IDistributedApplicationBuilder builder)
    {
        var configured = builder.Configuration[ConfigurationKey];
        var path = string.IsNullOrWhiteSpace(configured)
            ? DefaultFor(Path.GetFullPath(Path.Combine(builder.AppHostDirectory, "..")))
            : Path.GetFullPath(configured);

        CreateTraversable(path);
        return path;
    }

    /// <summary>Creates a sub-folder only its owner can enter (for secrets).</summary>
    public static string CreatePrivateDirectory(string path)
    {
        Directory.CreateDirectory(path);
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        return path;
    }

    private static string DefaultFor(string repositoryRoot)
    {
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(repositoryRoot)))[..12];
        var root = OperatingSystem.IsWindows()
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData), "clinicops")
            : DefaultRoot;
        return Path.Combine(root, hash);
    }

    private static void CreateTraversable(string path)
    {
        Directory.CreateDirectory(path);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        // PostgreSQL runs as the postgres user, which must be able to pass through these folders.
        MakeTraversable(path);
        if (path.StartsWith(DefaultRoot + "/", StringComparison.Ordinal))
        {
            MakeTraversable(DefaultRoot);
        }
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private static void MakeTraversable(string dir)
    {
        var mode = File.GetUnixFileMode(dir);
        if ((mode & Traversable) != Traversable)
        {
            File.SetUnixFileMode(dir, mode | Traversable);
        }
    }
}
