using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ClinicOps.Benchmarks.App;
using Npgsql;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// The database's own limit for the booking figure: pgbench running a one-row INSERT script with 50 clients on the
/// app's PostgreSQL server, into a scratch table of a scratch database (dropped afterwards).
/// </summary>
public static partial class Pgbench
{
    public const string ScratchDatabase = "clinicops_bench_scratch";
    public const string ScratchTable = "bench_inserts";

    private static readonly string[] Candidates = ["/usr/lib/postgresql/15/bin/pgbench", "/usr/bin/pgbench"];

    public const string Script =
        $"INSERT INTO {ScratchTable} (clinic_id, doctor_id, starts_at, ends_at, status) " +
        "VALUES (gen_random_uuid(), gen_random_uuid(), now(), now() + interval '15 minutes', 'scheduled');\n";

    public static string Binary =>
        Candidates.FirstOrDefault(File.Exists)
        ?? Directory.EnumerateFiles("/usr/lib/postgresql", "pgbench", SearchOption.AllDirectories).FirstOrDefault()
        ?? throw new FileNotFoundException("pgbench is not installed (Debian package postgresql-client / postgresql).");

    public static async Task<PgbenchResult> RunAsync(string connectionString, int clients, int threads, int seconds, CancellationToken cancellationToken)
    {
        if (clients < threads)
        {
            throw new InvalidOperationException($"Only {clients} connections are free on the server: too few for pgbench.");
        }

        var server = new NpgsqlConnectionStringBuilder(connectionString);
        if (server.Host is "localhost")
        {
            server.Host = "127.0.0.1";
        }

        var scratch = await CreateScratchAsync(server, cancellationToken);
        var script = Path.Combine(Path.GetTempPath(), $"clinicops-pgbench-{Guid.NewGuid():N}.sql");
        await File.WriteAllTextAsync(script, Script, cancellationToken);
        try
        {
            string[] args =
            [
                "-n", "-c", Str(clients), "-j", Str(threads), "-T", Str(seconds), "-f", script,
                "-h", server.Host!, "-p", Str(server.Port), "-U", server.Username ?? "postgres", scratch.Database!,
            ];
            // WAL is read once the scratch database and table exist and before they are dropped, so it is the inserts' alone.
            await using var watch = new NpgsqlConnection(scratch.ConnectionString);
            await watch.OpenAsync(cancellationToken);
            var walBefore = await DatabaseWork.WalPositionAsync(watch, cancellationToken);
            var output = await RunProcessAsync(Binary, args, server.Password, TimeSpan.FromSeconds(seconds + 60), cancellationToken);
            var walBytes = await DatabaseWork.WalPositionAsync(watch, cancellationToken) - walBefore;
            var version = (await RunProcessAsync(Binary, ["--version"], null, TimeSpan.FromSeconds(10), cancellationToken)).Trim();
            return Parse(output, $"pgbench {string.Join(' ', args[..7])} -f insert.sql", version, $"{scratch.Database}.{ScratchTable}")
                with { WalBytes = walBytes };
        }
        finally
        {
            File.Delete(script);
            await DropScratchAsync(server, scratch, CancellationToken.None);
        }
    }

    public static PgbenchResult Parse(string output, string command, string version, string scratch)
    {
        var tps = TpsPattern().Match(output);
        if (!tps.Success)
        {
            throw new InvalidOperationException("pgbench printed no tps line:\n" + output);
        }

        var latency = LatencyPattern().Match(output);
        var transactions = TransactionsPattern().Match(output);
        return new PgbenchResult(
            double.Parse(tps.Groups[1].Value, CultureInfo.InvariantCulture),
            latency.Success ? double.Parse(latency.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            transactions.Success ? long.Parse(transactions.Groups[1].Value, CultureInfo.InvariantCulture) : 0,
            command,
            version,
            scratch);
    }

    private static async Task<NpgsqlConnectionStringBuilder> CreateScratchAsync(NpgsqlConnectionStringBuilder server, CancellationToken cancellationToken)
    {
        var scratch = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = ScratchDatabase, Pooling = false };
        var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
        try
        {
            await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS {ScratchDatabase} WITH (FORCE)", cancellationToken);
            await ExecuteAsync(admin.ConnectionString, $"CREATE DATABASE {ScratchDatabase}", cancellationToken);
        }
        catch (PostgresException)
        {
            // No right to create databases: use a scratch table in the app's own database instead, and drop it after.
            scratch = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Pooling = false };
        }

        await ExecuteAsync(scratch.ConnectionString,
            $"DROP TABLE IF EXISTS {ScratchTable}; " +
            $"CREATE TABLE {ScratchTable} (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, clinic_id uuid NOT NULL, " +
            "doctor_id uuid NOT NULL, starts_at timestamptz NOT NULL, ends_at timestamptz NOT NULL, status text NOT NULL)",
            cancellationToken);
        return scratch;
    }

    private static async Task DropScratchAsync(NpgsqlConnectionStringBuilder server, NpgsqlConnectionStringBuilder scratch, CancellationToken cancellationToken)
    {
        if (scratch.Database == ScratchDatabase)
        {
            var admin = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres", Pooling = false };
            await ExecuteAsync(admin.ConnectionString, $"DROP DATABASE IF EXISTS {ScratchDatabase} WITH (FORCE)", cancellationToken);
        }
        else
        {
            await ExecuteAsync(scratch.ConnectionString, $"DROP TABLE IF EXISTS {ScratchTable}", cancellationToken);
        }
    }

    private static async Task ExecuteAsync(string connectionString, string sql, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task<string> RunProcessAsync(string file, IEnumerable<string> args, string? password, TimeSpan timeout, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        if (password is not null)
        {
            start.Environment["PGPASSWORD"] = password;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} did not finish within {timeout.TotalSeconds} s.");
        }

        var output = await stdout + "\n" + await stderr;
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{file} exited {process.ExitCode}:\n{output}");
    }

    private static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex TpsPattern();

    [GeneratedRegex(@"latency average = ([0-9.]+) ms")]
    private static partial Regex LatencyPattern();

    [GeneratedRegex(@"number of transactions actually processed: ([0-9]+)")]
    private static partial Regex TransactionsPattern();
}
