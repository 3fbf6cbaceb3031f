using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ClinicOps.AppHost.Infrastructure;
using Npgsql;

namespace ClinicOps.AppHost.Commands;

/// <summary>
/// A PostgreSQL server on a cluster for the length of a backup or restore, on a free loopback port, run as the
/// right user (<see cref="PostgresCluster.Invocation"/>); disposing it shuts it down cleanly (fast shutdown).
/// </summary>
public sealed partial class TemporaryPostgres : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromMinutes(2);
    private readonly Process process;

    private readonly PostgresCluster cluster;

    private TemporaryPostgres(Process process, int port, PostgresCluster cluster)
    {
        this.process = process;
        this.cluster = cluster;
        Port = port;
    }

    public int Port { get; }

    public static async Task<TemporaryPostgres> StartAsync(PostgresCluster cluster, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var (command, arguments) = cluster.Invocation("postgres");
        arguments.AddRange(["-D", cluster.DataDirectory, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="]);
        var startInfo = new ProcessStartInfo(command, arguments)
        {
            WorkingDirectory = Path.GetDirectoryName(cluster.DataDirectory)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(startInfo) ?? throw new DataCommandException($"Could not start {command}.");
        var log = new System.Text.StringBuilder();
        process.ErrorDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.OutputDataReceived += (_, e) => { lock (log) { log.AppendLine(e.Data); } };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();

        var server = new TemporaryPostgres(process, port, cluster);
        var deadline = DateTime.UtcNow + StartTimeout;
        while (true)
        {
            try
            {
                await using var connection = server.Open("postgres");
                await connection.OpenAsync(cancellationToken);
                return server;
            }
            catch (Exception e) when (e is NpgsqlException or SocketException)
            {
                if (process.HasExited || DateTime.UtcNow > deadline)
                {
                    await server.DisposeAsync();
                    string output;
                    lock (log)
                    {
                        output = log.ToString().Trim();
                    }

                    throw new DataCommandException($"PostgreSQL did not start on {cluster.DataDirectory}: {output}");
                }

                await Task.Delay(200, cancellationToken);
            }
        }
    }

    /// <summary>A connection to one of the server's databases (see <see cref="PostgresCluster.ConnectionString"/>).</summary>
    public NpgsqlConnection Open(string database) => new(cluster.ConnectionString(Port, database));

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // SIGINT is PostgreSQL's fast shutdown: sessions end, a checkpoint is written, the server exits.
            _ = Kill(process.Id, 2);
            await process.WaitForExitAsync(CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(1));
        }

        process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [System.Runtime.InteropServices.LibraryImport("libc", EntryPoint = "kill")]
    private static partial int Kill(int pid, int signal);
}
