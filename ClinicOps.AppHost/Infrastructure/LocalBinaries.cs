namespace ClinicOps.AppHost.Infrastructure;

/// <summary>
/// Finds the machine's own server binaries (Debian layout). A missing one stops the AppHost with the name of the
/// Debian package that brings it.
/// </summary>
public static class LocalBinaries
{
    private const string PostgresRoot = "/usr/lib/postgresql";

    /// <summary>The bin folder of the newest installed PostgreSQL major version, e.g. /usr/lib/postgresql/15/bin.</summary>
    public static string PostgresBinDirectory()
    {
        var newest = Directory.Exists(PostgresRoot)
            ? Directory.GetDirectories(PostgresRoot)
                .Select(dir => (Bin: Path.Combine(dir, "bin"), Version: int.TryParse(Path.GetFileName(dir), out var v) ? v : -1))
                .Where(x => File.Exists(Path.Combine(x.Bin, "postgres")) && File.Exists(Path.Combine(x.Bin, "initdb")))
                .OrderByDescending(x => x.Version)
                .Select(x => x.Bin)
                .FirstOrDefault()
            : null;
        return newest ?? throw Missing("The PostgreSQL server (postgres, initdb)", $"{PostgresRoot}/<version>/bin", "postgresql");
    }

    public static string RabbitMqServer() =>
        FirstExisting("/usr/lib/rabbitmq/bin/rabbitmq-server")
        ?? throw Missing("The RabbitMQ server (rabbitmq-server)", "/usr/lib/rabbitmq/bin", "rabbitmq-server");

    public static string Epmd() =>
        OnPath("epmd") ?? FirstExisting("/usr/bin/epmd", "/usr/lib/erlang/bin/epmd")
        ?? throw Missing("The Erlang port mapper (epmd)", "PATH, /usr/lib/erlang/bin", "rabbitmq-server");

    /// <summary>setpriv runs PostgreSQL as the postgres user (it refuses to run as root) and execs, so no wrapper process is left.</summary>
    public static string SetPriv() =>
        OnPath("setpriv") ?? throw Missing("setpriv", "PATH", "util-linux");

    private static string? OnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static string? FirstExisting(params string[] paths) => paths.FirstOrDefault(File.Exists);

    private static DistributedApplicationException Missing(string what, string where, string package) =>
        new($"{what} was not found (looked in {where}) and no container engine answers. " +
            $"Install the Debian package '{package}': apt-get update && apt-get install -y {package}");
}
