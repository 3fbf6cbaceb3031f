using System.Globalization;
using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 2: appointments booked per second through the gateway (50 clients, every booking a distinct slot of one of
/// many doctors in many clinics), beside pgbench's one-row INSERT rate on the same PostgreSQL server for as long, just
/// before; and what one booking costs in all — CPU of every process, server transactions and WAL — once every consumer
/// has handled its events.
/// </summary>
public static class BookingThroughput
{
    public const string Title = "Booking throughput vs the database";
    public const string Endpoint = "POST /api/appointments";

    /// <summary>How long after the bookings every event may take to be published and consumed before the figure fails.</summary>
    public static readonly TimeSpan DrainLimit = TimeSpan.FromMinutes(3);

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var clinics = context.LoadClinics;
        long turn = 0;

        // pgbench first: after the bookings the services' connection pools hold many idle connections of the server's
        // max_connections, and pgbench needs 50 more.
        var census = await ConnectionCensus.TakeAsync(context.App, cancellationToken);
        // The services' pools may already hold most of the server's connections; pgbench then gets what is left.
        var pgbenchClients = Math.Min(options.Clients, census.Free - 2);
        context.Log($"  booking: pgbench, {pgbenchClients} clients ({census})");
        var seconds = (int)Math.Ceiling(options.BookingDuration.TotalSeconds);
        // The server's superuser: pgbench gets a scratch database of its own beside the services' databases.
        var server = await context.App.ConnectionStringAsync(ResourceNames.Postgres, cancellationToken);
        var pgbench = await Pgbench.RunAsync(server, pgbenchClients, 2, seconds, cancellationToken);
        var workBeforeBookings = await DatabaseWork.ReadAsync(context.App, cancellationToken);
        var appointmentsBefore = await DatabaseWork.AppointmentsAsync(context.App, cancellationToken);

        context.Log($"  booking: {options.Clients} clients through the gateway");
        var cpuBefore = CpuUsage.Now(context.App);
        var result = await LoadRunner.RunAsync(
            new LoadPlan(options.Clients, options.Warmup, options.BookingDuration),
            async (worker, ct) =>
            {
                var clinic = clinics[(int)(Interlocked.Increment(ref turn) % clinics.Count)];
                var booked = await context.Gateway.SendAsync<Created>(HttpMethod.Post, "/api/appointments", clinic.Token,
                    clinic.NextBooking(worker), cancellationToken: ct);
                if (booked.IsSuccess && booked.Value is { } appointment)
                {
                    clinic.Scheduled.Enqueue(appointment.Id);
                }

                return new Sample(Endpoint, booked.Status);
            },
            cancellationToken);
        var booking = result.Stats(Endpoint);
        var bookingsPerSecond = result.Window.TotalSeconds > 0 ? booking.Ok / result.Window.TotalSeconds : 0;
        var ratio = pgbench.Tps > 0 ? bookingsPerSecond / pgbench.Tps * 100 : 0;

        // What a booking costs once every service has handled its events: the consumers' work happens after the answer,
        // so the CPU and the database work are read only when every outbox and queue is empty — or the figure fails.
        var quiet = await Quiescence.WaitAsync(context.App, DrainLimit, cancellationToken);
        var cpu = CpuUsage.Now(context.App).Since(cpuBefore);
        var cpuSeconds = cpu.Where(c => c.Group != CpuUsage.Benchmark).Sum(c => c.Seconds);
        context.Log($"  booking: {quiet}");
        if (!quiet.Drained)
        {
            throw new InvalidOperationException($"The app did not drain after the bookings, so their work cannot be read: {quiet}.");
        }

        await Task.Delay(DatabaseWork.StatisticsFlush, cancellationToken);
        var bookingsMade = await DatabaseWork.AppointmentsAsync(context.App, cancellationToken) - appointmentsBefore;
        var work = (await DatabaseWork.ReadAsync(context.App, cancellationToken)).Since(workBeforeBookings);
        var commitsPerBooking = bookingsMade > 0 ? (double)work.TotalCommits / bookingsMade : 0;
        var walPerBooking = bookingsMade > 0 ? (double)work.WalBytes / bookingsMade : 0;
        var cpuPerBooking = bookingsMade > 0 ? cpuSeconds * 1000 / bookingsMade : 0;

        return new FigureResult(2, "bookingThroughput", Title,
            [
                Measure.AtLeast($"bookings/s through the gateway, {options.Clients} clients", bookingsPerSecond, "/s", 300),
                Measure.Info("pgbench one-row inserts/s", pgbench.Tps, "/s"),
                Measure.AtLeast("bookings as a share of pgbench", ratio, "%", 25),
                Measure.AtMost("CPU per booking, every app process, until every consumer caught up", cpuPerBooking, "ms", 6),
                Measure.AtMost("server transactions per booking (pgbench: 1)", commitsPerBooking, "", 4),
                Measure.AtMost($"WAL per booking (pgbench: {pgbench.WalBytesPerInsert / 1024:0.00} KiB per insert)", walPerBooking / 1024, "KiB", 4),
                Measure.Info($"{Endpoint} p99 ({LoadRunner.CoordinatedOmission})", booking.Latency.P99, "ms"),
            ],
            [
                StatsTable.Of($"{Endpoint} ({options.Clients} clients, {clinics.Count} clinics × {ClinicSetup.DoctorsPerClinic} doctors; {LoadRunner.CoordinatedOmission})", [booking]),
                CpuTable.Of(cpu, options.Warmup + options.BookingDuration + quiet.Took,
                    $"from the start of the bookings until every consumer caught up ({options.Warmup.TotalSeconds:0} s warm-up + {options.BookingDuration.TotalSeconds:0} s + {quiet.Took.TotalSeconds:0.0} s)"),
                WorkTable(work, bookingsMade, pgbench.WalBytesPerInsert),
            ],
            new
            {
                booking, bookingsPerSecond, pgbench, pgbenchWalBytesPerInsert = pgbench.WalBytesPerInsert, pgbenchClients, connectionsBeforePgbench = census,
                ratioPercent = ratio, cpuSeconds = cpu.ToDictionary(c => c.Group, c => c.Seconds), appCpuSeconds = cpuSeconds, cpuMsPerBooking = cpuPerBooking,
                bookingsMade, databaseWork = work, commitsPerBooking, walBytesPerBooking = walPerBooking, drain = quiet,
            },
            [
                $"Bookings: {options.Warmup.TotalSeconds:0} s warm-up, {options.BookingDuration.TotalSeconds:0} s measured; only 201 answers count.",
                $"pgbench: `{pgbench.Command}` ({pgbench.Version}) on the app's PostgreSQL server, table {pgbench.Scratch}: " +
                $"{pgbench.Transactions} inserts, average latency {pgbench.LatencyAverageMs:0.00} ms, {pgbench.WalBytes} bytes of WAL " +
                $"(read once the scratch database and table existed and before they were dropped). Script: `{Pgbench.Script.Trim()}`",
                $"Server connections before pgbench: {census}." +
                (pgbenchClients < options.Clients ? $" pgbench ran with the {pgbenchClients} connections left, not {options.Clients}." : ""),
                $"After the bookings {quiet}. CPU per booking: CPU seconds of every process of the app's resources (services, gateway, " +
                "PostgreSQL with its backends, RabbitMQ; not the load generator) from the start of the bookings until then, divided by the appointments created.",
                "Database work: pg_stat_database's committed transactions and pg_stat_wal's WAL records, and the WAL insert position for WAL bytes, " +
                $"read before the bookings and again once the app had drained and {DatabaseWork.StatisticsFlush.TotalSeconds:0} s more had passed " +
                "(idle backends report late); divided by the appointments created, warm-up included. Read-only transactions count too (a lookup outside a transaction is one).",
                LoadRunner.CoordinatedOmissionNote,
            ])
        {
            SampleCounts = new Dictionary<string, long>
            {
                [Endpoint] = booking.Latency.Count,
                ["pgbench inserts"] = pgbench.Transactions,
                ["bookings made"] = bookingsMade,
            },
        };
    }

    private static ReportTable WorkTable(DatabaseWork work, long bookings, double pgbenchWalBytes)
    {
        string PerBooking(double value) => bookings > 0 ? (value / bookings).ToString("0.0", CultureInfo.InvariantCulture) : "—";
        return new ReportTable(
            $"Database work per booking ({bookings} bookings, every consumer done)",
            ["Database", "transactions committed", "per booking"],
            [
                .. work.Commits.Where(c => c.Value > 0).OrderByDescending(c => c.Value)
                    .Select(c => (IReadOnlyList<string>)[c.Key, c.Value.ToString(CultureInfo.InvariantCulture), PerBooking(c.Value)]),
                ["all databases", work.TotalCommits.ToString(CultureInfo.InvariantCulture), PerBooking(work.TotalCommits)],
                ["WAL records", work.WalRecords.ToString(CultureInfo.InvariantCulture), PerBooking(work.WalRecords)],
                ["WAL bytes", work.WalBytes.ToString(CultureInfo.InvariantCulture),
                    $"{PerBooking(work.WalBytes)} (pgbench: {pgbenchWalBytes.ToString("0", CultureInfo.InvariantCulture)} per insert)"],
            ]);
    }
}
