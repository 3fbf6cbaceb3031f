using System.Diagnostics;
using System.Globalization;
using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Figures;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks;

/// <summary>
/// Runs the figures (issue 10's six, issue 17's free slots, issue 24's open loop and sustained load, issue 19's calendar in the browser) against one start
/// of the whole app, then times the other cold starts, and writes the report. A figure that fails is reported with its
/// error; the others still run.
/// </summary>
public static class BenchmarkRunner
{
    public const string Generator =
        "ClinicOps.Benchmarks: .NET HttpClient on one SocketsHttpHandler per target, fixed sets of closed-loop worker tasks " +
        "(figure 8: requests on a fixed schedule, open loop), exact percentiles from the sorted samples";

    private const int AppointmentsPerClinic = 5;

    /// <summary>The figures that load the app: the footprint's memory peak is taken while they run.</summary>
    private static readonly IReadOnlySet<string> LoadPhases = new HashSet<string>(new[] { 1, 2, 3, 8, 9 }.Select(Phase), StringComparer.Ordinal);

    public static async Task<(BenchmarkReport Report, string Folder)> RunAsync(BenchmarkOptions options, Action<string> log,
        CancellationToken cancellationToken)
    {
        var startedAt = DateTimeOffset.UtcNow;
        var clock = Stopwatch.StartNew();
        var figures = new SortedDictionary<int, FigureResult>();
        var durability = "PostgreSQL's crash-safety settings were not read (the app did not start).";
        var machine = new MachineInfo(Environment.MachineName, Versions.Os, Versions.Cpu, Environment.ProcessorCount, Versions.DotNet,
            "unknown", "unknown", Generator);
        BenchApp? app = null;
        MemorySampler? memory = null;
        MemoryReading? idle = null;
        var starts = new List<StartTiming>();
        var folder = ReportWriter.FolderFor(startedAt, options.Smoke, options.OutputRoot);
        using var appLog = new FileLog(Path.Combine(folder, "app.log"));
        log($"The app's logs: {Path.Combine(folder, "app.log")}");
        var dataDirectory = DataDirectory(startedAt, 1);
        try
        {
            log($"Starting ClinicOps.AppHost ({(options.Smoke ? "smoke" : "full")} run, {Environment.ProcessorCount} cores)…");
            app = await BenchApp.StartAsync(dataDirectory, options, appLog, log, cancellationToken);
            starts.Add(app.Timing);
            durability = await DurabilityAsync(app, cancellationToken);
            log($"Cold start: {app.ColdStart.TotalSeconds:0.0} s");
            memory = new MemorySampler(app, "after start");
            idle = memory.ReadNow(app);
            machine = machine with
            {
                PostgreSql = await AskAsync(async () => await Versions.PostgreSqlAsync(
                    await app.ConnectionStringAsync(ResourceNames.SchedulingDatabase, cancellationToken), cancellationToken)),
                RabbitMq = await AskAsync(async () => await Versions.RabbitMqAsync(
                    await app.ConnectionStringAsync(ResourceNames.RabbitMq, cancellationToken), cancellationToken)),
            };

            using var gateway = new ApiClient(app.Endpoint(ResourceNames.Gateway));
            using var scheduling = new ApiClient(app.Endpoint(ResourceNames.Scheduling));
            memory.Enter("set-up");
            var context = await SetUpAsync(options, app, memory, gateway, scheduling, log, cancellationToken);

            await FigureAsync(figures, 1, "gatewayOverhead", GatewayOverhead.Title, context, GatewayOverhead.RunAsync, cancellationToken);
            await FigureAsync(figures, 2, "bookingThroughput", BookingThroughput.Title, context, BookingThroughput.RunAsync, cancellationToken);
            if (options.Runs(3))
            {
                try
                {
                    await context.RefreshTokensAsync(cancellationToken);
                    memory.Enter(Phase(3));
                    log("Figures 3 and 4: " + MixedLoad.Title);
                    (figures[3], figures[4]) = await MixedLoad.RunAsync(context, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
                {
                    log($"Figures 3 and 4 failed: {e}");
                    figures[3] = FigureResult.Failed(3, "mixedLoad", MixedLoad.Title, e.ToString());
                    figures[4] = FigureResult.Failed(4, "readModelLag", ReadModelLag.Title, e.ToString());
                }
            }

            await FigureAsync(figures, 8, "openLoop", OpenLoopLoad.Title, context, OpenLoopLoad.RunAsync, cancellationToken);
            await FigureAsync(figures, 9, "sustainedLoad", SustainedLoad.Title, context, SustainedLoad.RunAsync, cancellationToken);
            // Free slots before the scale figure: its clinic of 10,000 appointments is measured in a scheduling database
            // without the scale figure's million.
            await FigureAsync(figures, 7, "freeSlots", FreeSlotSearch.Title, context, FreeSlotSearch.RunAsync, cancellationToken);
            await FigureAsync(figures, 10, "calendarInteractive", CalendarInteractive.Title, context, CalendarInteractive.RunAsync, cancellationToken);
            await FigureAsync(figures, 5, "scale", Scale.Title, context, Scale.RunAsync, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log("The run stopped: " + e);
            AddMissing(options, figures, e.ToString());
        }
        finally
        {
            if (memory is not null)
            {
                await memory.DisposeAsync();
            }

            if (app is not null)
            {
                log("Stopping the app…");
                await app.DisposeAsync();
            }

            DeleteDataDirectory(dataDirectory, log);
        }

        if (app is not null && idle is not null && memory is not null && options.Runs(6))
        {
            figures[6] = await FootprintAsync(options, starts, idle, memory.Readings, appLog, startedAt, log, cancellationToken);
        }

        var report = new BenchmarkReport(startedAt, options.Smoke ? "smoke" : "full", clock.Elapsed, machine, Conditions(options, durability),
            [.. figures.Values]);
        await ReportWriter.WriteAsync(report, folder, options.UpdateLatest ? Path.Combine(options.OutputRoot, "latest.md") : null, CancellationToken.None);
        return (report, folder);
    }

    /// <summary>The memory phase of a figure.</summary>
    public static string Phase(int figure) => $"figure {figure}";

    /// <summary>Figure 6, after the run's own app has stopped: the other cold starts, each from nothing, then the summary.</summary>
    private static async Task<FigureResult> FootprintAsync(BenchmarkOptions options, List<StartTiming> starts, MemoryReading idle,
        IReadOnlyList<MemoryReading> readings, FileLog appLog, DateTimeOffset startedAt, Action<string> log, CancellationToken cancellationToken)
    {
        log($"Figure 6: {Footprint.Title}");
        try
        {
            for (var start = starts.Count + 1; start <= options.ColdStarts; start++)
            {
                var dataDirectory = DataDirectory(startedAt, start);
                try
                {
                    log($"  cold start {start} of {options.ColdStarts}…");
                    await using var again = await BenchApp.StartAsync(dataDirectory, options, appLog, log, cancellationToken);
                    starts.Add(again.Timing);
                    log($"  cold start {start}: {again.ColdStart.TotalSeconds:0.0} s");
                }
                finally
                {
                    DeleteDataDirectory(dataDirectory, log);
                }
            }

            return Footprint.Summarise(starts, idle, readings, LoadPhases);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            log($"Figure 6 failed: {e}");
            return FigureResult.Failed(6, "footprint", Footprint.Title, e.ToString());
        }
    }

    private static string DataDirectory(DateTimeOffset startedAt, int start) =>
        Path.Combine("/var/tmp/clinicops-bench",
            $"{startedAt.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture)}-{Environment.ProcessId}-{start.ToString(CultureInfo.InvariantCulture)}");

    private static async Task<BenchContext> SetUpAsync(BenchmarkOptions options, BenchApp app, MemorySampler memory, ApiClient gateway,
        ApiClient scheduling, Action<string> log, CancellationToken cancellationToken)
    {
        var now = DateTimeOffset.UtcNow;
        var firstSlot = new DateTimeOffset(now.Year, now.Month, now.Day, 0, 0, 0, TimeSpan.Zero).AddDays(2);
        var runId = now.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + Random.Shared.Next(1000).ToString(CultureInfo.InvariantCulture);
        // Load and probe clinics book a few appointments to read; the scale clinics none (their history is seeded, and a
        // booking could overlap a seeded visit); figure 7's clinic books a few beside its seeded diary; figure 10's
        // clinic books its own day.
        int[] appointments =
        [
            .. Enumerable.Repeat(AppointmentsPerClinic, options.LoadClinics + options.LagProbes),
            0, 0,
            AppointmentsPerClinic,
            0,
        ];
        log($"Signing up {appointments.Length} clinics with {ClinicSetup.DoctorsPerClinic} doctors and {ClinicSetup.PatientsPerClinic} patients each…");
        var clinics = await ClinicSetup.CreateAsync(gateway, runId, appointments, firstSlot, cancellationToken);
        var behind = await ClinicSetup.WaitForReadModelAsync(gateway, clinics, TimeSpan.FromSeconds(60), cancellationToken);
        log(behind == 0 ? "Set-up done; the read model has caught up." : $"Set-up done; the read model still lags for {behind} clinic(s).");
        return new BenchContext(options, app, memory, gateway, scheduling,
            [.. clinics.Take(options.LoadClinics)],
            [.. clinics.Skip(options.LoadClinics).Take(options.LagProbes)],
            [.. clinics.Skip(options.LoadClinics + options.LagProbes).Take(2)],
            clinics[^2],
            clinics[^1],
            log);
    }

    /// <summary>Runs figure <paramref name="number"/> into <paramref name="figures"/>, unless the run leaves it out (--only).</summary>
    private static async Task FigureAsync(SortedDictionary<int, FigureResult> figures, int number, string key, string title, BenchContext context,
        Func<BenchContext, CancellationToken, Task<FigureResult>> run, CancellationToken cancellationToken)
    {
        if (!context.Options.Runs(number))
        {
            return;
        }

        context.Log($"Figure {number}: {title}");
        context.Memory.Enter(Phase(number));
        try
        {
            await context.RefreshTokensAsync(cancellationToken);
            figures[number] = await run(context, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            context.Log($"Figure {number} failed: {e}");
            figures[number] = FigureResult.Failed(number, key, title, e.ToString());
        }
    }

    private static void AddMissing(BenchmarkOptions options, SortedDictionary<int, FigureResult> figures, string error)
    {
        (int Number, string Key, string Title)[] all =
        [
            (1, "gatewayOverhead", GatewayOverhead.Title), (2, "bookingThroughput", BookingThroughput.Title),
            (3, "mixedLoad", MixedLoad.Title), (4, "readModelLag", ReadModelLag.Title), (5, "scale", Scale.Title),
            (6, "footprint", Footprint.Title), (7, "freeSlots", FreeSlotSearch.Title), (8, "openLoop", OpenLoopLoad.Title),
            (9, "sustainedLoad", SustainedLoad.Title), (10, "calendarInteractive", CalendarInteractive.Title),
        ];
        foreach (var (number, key, title) in all.Where(f => options.Runs(f.Number) && !figures.ContainsKey(f.Number)))
        {
            figures[number] = FigureResult.Failed(number, key, title, error);
        }
    }

    private static void DeleteDataDirectory(string path, Action<string> log)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException e)
        {
            log($"Could not delete {path}: {e.Message}");
        }
        catch (UnauthorizedAccessException e)
        {
            log($"Could not delete {path}: {e.Message}");
        }
    }

    private static async Task<string> AskAsync(Func<Task<string>> ask)
    {
        try
        {
            return await ask();
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return $"unknown ({e.GetType().Name}: {e.Message})";
        }
    }

    /// <summary>The crash-safety settings the app's PostgreSQL (and so pgbench, on the same server) ran with.</summary>
    private static async Task<string> DurabilityAsync(BenchApp app, CancellationToken cancellationToken)
    {
        await using var connection = await app.OpenDatabaseAsync(ResourceNames.SchedulingDatabase, cancellationToken);
        await using var command = new Npgsql.NpgsqlCommand(
            "SELECT current_setting('fsync'), current_setting('synchronous_commit'), current_setting('full_page_writes')", connection);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var (fsync, synchronousCommit, fullPageWrites) = (reader.GetString(0), reader.GetString(1), reader.GetString(2));
        var durable = fsync == "on" && synchronousCommit != "off" && fullPageWrites == "on";
        return $"PostgreSQL (the app's and pgbench's) ran {(durable ? "durable, as `./clinicops run` deploys it" : "NOT durable")}: " +
            $"fsync={fsync}, synchronous_commit={synchronousCommit}, full_page_writes={fullPageWrites}.";
    }

    private static IReadOnlyList<string> Conditions(BenchmarkOptions options, string durability) =>
    [
        durability,
        "A first start: the app gets a fresh data folder (new PostgreSQL cluster, RabbitMQ node, keys), deleted after the run.",
        "The whole app (ClinicOps.AppHost) started in-process by Aspire.Hosting.Testing, Release build, Aspire dashboard off, " +
        "OTEL_SDK_DISABLED=true for the services (no collector runs under the testing builder).",
        "Gateway rate limits raised for the run through the gateway resource's environment: " +
        string.Join(", ", BenchApp.GatewaySettings.Select(s => $"{s.Key.Replace("__", ":", StringComparison.Ordinal)}={s.Value}")) + ".",
        options.AspireProxies
            ? "Services behind the orchestrator's loopback proxies, as in `dotnet run` of the AppHost (--aspire-proxies)."
            : "Services on their own free ports without the orchestrator's loopback proxies (endpoints made non-proxied), so the gateway calls them straight, as deployed.",
        .. options.ServiceEnvironment.Select(e => $"Experiment: every service runs with {e.Key}={e.Value}."),
        .. options.PostgresSettings.Select(e => $"Experiment: PostgreSQL runs with {e.Key}={e.Value}."),
        $"All traffic on 127.0.0.1; the load generator shares the machine's {Environment.ProcessorCount} cores with the app.",
        $"{options.Clients} concurrent clients where a figure says so; each figure's warm-up is not recorded; loops are bounded in time and count.",
        "Closed-loop figures (1, 2, 3, 9) suffer coordinated omission: a client waits for its answer before it sends again, so their " +
        "percentiles understate latency under load; latency targets are judged in figure 8's open loop.",
        options.RunsSoak
            ? $"Sustained load (figure 9): {options.SoakIntervals} × {options.SoakInterval.TotalSeconds:0} s."
            : "Sustained load (figure 9) not run: add --soak.",
        $"Cold starts: {options.ColdStarts}, each from a fresh data folder.",
        .. options.Only.Count == 0 ? [] : new[] { $"Only figure(s) {string.Join(", ", options.Only.Order())} run (--only): the others are not in this report." },
    ];
}
