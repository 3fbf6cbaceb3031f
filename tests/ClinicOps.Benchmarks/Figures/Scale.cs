using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 5: reads of a clinic with 10k appointments against one with 1M (50k in smoke mode), each with a paid payment
/// per completed visit, seeded straight into scheduling's database and the analytics read model: the dashboard and the
/// per-doctor dashboard (counters: flat by construction), a day's calendar from scheduling and the revenue report over
/// 366 days (which grow with a clinic's history). One request at a time through the gateway; the small clinic is
/// measured before the large one is seeded, so its figures come from databases without the large one's rows.
/// </summary>
public static class Scale
{
    public const string Title = "Scale";
    public const string Dashboard = "dashboard";
    public const string Doctors = "per-doctor dashboard";
    public const string Calendar = "a day's calendar (scheduling)";
    public const string Revenue = "revenue report over 366 days";
    public const string DashboardPage = "dashboard page (web app)";
    public const double DashboardPageTargetMilliseconds = 500;
    private const int CalendarPage = 100;

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ClinicSetup.TimeZone);
        var now = DateTimeOffset.UtcNow;
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(now, zone).DateTime);
        var day = today.AddDays(-7);
        var (dayFrom, dayTo) = (Instant(day, zone), Instant(day.AddDays(1), zone));
        var paths = new Dictionary<string, string>
        {
            [Dashboard] = "/api/dashboard",
            [Doctors] = "/api/dashboard/doctors",
            [Calendar] = $"/api/appointments?from={Iso(dayFrom)}&to={Iso(dayTo)}&pageSize={CalendarPage}",
            [Revenue] = $"/api/reports/revenue?from={Day(today.AddDays(-365))}&to={Day(today)}",
        };
        var history = new HistorySeeder(await context.App.ConnectionStringAsync(ResourceNames.SchedulingDatabase, cancellationToken));
        var analytics = new AnalyticsSeeder(await context.App.ConnectionStringAsync(ResourceNames.AnalyticsDatabase, cancellationToken));

        var atRest = await Quiescence.WaitAsync(context.App, Quiescence.AtRestLimit, cancellationToken);
        context.Log($"  scale: before seeding, {atRest}");
        var recorder = new SampleRecorder();
        var seeded = new List<object>();
        var sizes = new[] { (Clinic: context.ScaleClinics[0], Size: options.SmallScale), (Clinic: context.ScaleClinics[1], Size: options.LargeScale) };
        foreach (var (clinic, size) in sizes)
        {
            context.Log($"  scale: seeding {size:N0} appointments and their payments into scheduling and analytics, then measuring");
            var seeding = Stopwatch.StartNew();
            var shape = new SeedShape(size, now);
            var appointments = await history.SeedAsync(clinic.Id, clinic.Doctors, clinic.Patients, shape, cancellationToken);
            await analytics.SeedAsync(clinic.Id, clinic.Doctors, appointments, shape, zone, cancellationToken);
            var seedSeconds = seeding.Elapsed.TotalSeconds;
            var dayAppointments = Enumerable.Range(0, size).Count(i => shape.StartOf(i) >= dayFrom && shape.StartOf(i) < dayTo);
            var answers = await CheckAnswersAsync(context, clinic, paths, size, Math.Min(CalendarPage, dayAppointments), cancellationToken);
            seeded.Add(new { size, seedSeconds, answers });

            using var web = await WebSession.SignInAsync(context.App.Endpoint(ResourceNames.Gateway), clinic.Owner, cancellationToken);
            foreach (var warm in new[] { true, false })
            {
                for (var round = 0; round < (warm ? 20 : options.ScaleRequests); round++)
                {
                    foreach (var (series, path) in paths)
                    {
                        var start = Stopwatch.GetTimestamp();
                        var status = await context.Gateway.StatusAsync(HttpMethod.Get, path, clinic.Token, cancellationToken: cancellationToken);
                        if (!warm)
                        {
                            recorder.Record(new Sample(Label(series, size), status), Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                        }
                    }

                    var pageStart = Stopwatch.GetTimestamp();
                    var pageStatus = (int)await web.GetPageAsync("/dashboard", cancellationToken);
                    if (!warm)
                    {
                        recorder.Record(new Sample(Label(DashboardPage, size), pageStatus), Stopwatch.GetElapsedTime(pageStart).TotalMilliseconds);
                    }
                }
            }
        }

        var stats = new LoadResult(recorder, TimeSpan.FromSeconds(1)).AllStats();
        if (stats.FirstOrDefault(s => s.Ok != s.Latency.Count) is { } failing)
        {
            throw new InvalidOperationException($"{failing.Endpoint} did not always answer 200: " + string.Join(", ", failing.Errors.Select(e => $"{e.Key}: {e.Value}")));
        }

        LatencyStats Of(string series, int size) => stats.Single(s => s.Endpoint == Label(series, size)).Latency;
        var (small, large) = (options.SmallScale, options.LargeScale);
        var (smallName, largeName) = (Name(small), Name(large));
        return new FigureResult(5, "scale", Title,
            [
                Measure.Info($"{Dashboard} p50, {smallName} appointments", Of(Dashboard, small).P50, "ms"),
                Measure.Info($"{Dashboard} p50, {largeName} appointments", Of(Dashboard, large).P50, "ms"),
                Measure.AtMost($"{Dashboard} p50 ratio {largeName} / {smallName}", Ratio(Of(Dashboard, large).P50, Of(Dashboard, small).P50), "×", 1.5),
                Measure.Info($"{Dashboard} p99 ratio {largeName} / {smallName}", Ratio(Of(Dashboard, large).P99, Of(Dashboard, small).P99), "×"),
                Measure.AtMost($"{DashboardPage} p95, {largeName} appointments", Of(DashboardPage, large).P95, "ms", DashboardPageTargetMilliseconds),
                Measure.Info($"{DashboardPage} p95 ratio {largeName} / {smallName}", Ratio(Of(DashboardPage, large).P95, Of(DashboardPage, small).P95), "×"),
                Measure.Info($"{Doctors} p50 ratio {largeName} / {smallName}", Ratio(Of(Doctors, large).P50, Of(Doctors, small).P50), "×"),
                Measure.Info($"{Calendar} p50, {smallName} appointments", Of(Calendar, small).P50, "ms"),
                Measure.Info($"{Calendar} p50, {largeName} appointments", Of(Calendar, large).P50, "ms"),
                Measure.Info($"{Calendar} p50 ratio {largeName} / {smallName}", Ratio(Of(Calendar, large).P50, Of(Calendar, small).P50), "×"),
                Measure.Info($"{Revenue} p50, {smallName} appointments", Of(Revenue, small).P50, "ms"),
                Measure.Info($"{Revenue} p50, {largeName} appointments", Of(Revenue, large).P50, "ms"),
                Measure.Info($"{Revenue} p50 ratio {largeName} / {smallName}", Ratio(Of(Revenue, large).P50, Of(Revenue, small).P50), "×"),
            ],
            [StatsTable.Of("1 client through the gateway, the four reads and the web app's dashboard page in turn, the small clinic before the large one was seeded (req/s column not meaningful)", stats)],
            new { smallAppointments = small, largeAppointments = large, calendarDay = Day(day), seeded, endpoints = stats },
            [
                $"Each clinic ({ClinicSetup.DoctorsPerClinic} doctors, {ClinicSetup.PatientsPerClinic} patients, {ClinicSetup.TimeZone}) seeded with binary COPY " +
                $"through the services' own models: {SeedShape.PerDay} appointments of {HistorySeeder.VisitMinutes} minutes a day, the last " +
                $"{SeedShape.FutureDays} days scheduled ({Math.Min(small, SeedShape.PerDay * SeedShape.FutureDays):N0} upcoming in each clinic), the rest completed " +
                "(85%, each paid by card when it ended, " + AnalyticsSeeder.Price.ToString("0.00", CultureInfo.InvariantCulture) + $" {AnalyticsSeeder.Currency}), " +
                "cancelled (10%) or no-shows (5%). In scheduling: the appointments. In analytics: appointment and payment facts, each built by the " +
                "read model's own classes from the event that would have brought it, the days' revenue by analytics' own recalculation, counters raised " +
                "to match; ANALYZE after. Billing's and reminders' databases are not seeded: none of these reads touches them.",
                $"The small clinic is seeded and measured first, then the large one is seeded and measured: {options.ScaleRequests} measured rounds of the " +
                $"four reads per clinic after 20 warm-up rounds. The calendar is the day {Day(day)} in the clinic's time zone (about {SeedShape.PerDay} appointments, " +
                $"one page of {CalendarPage}); the revenue report runs from 365 days ago to today.",
                "The dashboard page is the staff web app's /dashboard fetched whole by the clinic's signed-in owner (cookie session, "
                + "sign-in form posted as a browser posts it): the server's part of showing it — the web app asks the API for the figures, "
                + "the per-doctor table and the revenue chart's days and renders the HTML. Its static files are the same for every clinic.",
                "The dashboards read counters and the upcoming appointments only, so they stay flat by construction; the calendar and the revenue " +
                "report read rows of the clinic's history through its indexes.",
                $"Measured at rest: before the small clinic was seeded {atRest} (seeding sends no events).",
            ])
        {
            SampleCounts = stats.ToDictionary(s => s.Endpoint, s => s.Latency.Count),
        };
    }

    /// <summary>Checks that the reads see the seeded history (a full day in the calendar, every day in the report) and says what they answer.</summary>
    private static async Task<object> CheckAnswersAsync(BenchContext context, BenchClinic clinic, Dictionary<string, string> paths, int size,
        int calendarExpected, CancellationToken cancellationToken)
    {
        var calendar = (await context.Gateway.SendAsync<JsonElement>(HttpMethod.Get, paths[Calendar], clinic.Token, cancellationToken: cancellationToken))
            .Require("GET " + paths[Calendar]).GetProperty("items").GetArrayLength();
        var days = (await context.Gateway.SendAsync<JsonElement>(HttpMethod.Get, paths[Revenue], clinic.Token, cancellationToken: cancellationToken))
            .Require("GET " + paths[Revenue]).EnumerateArray().ToArray();
        var dashboard = (await context.Gateway.SendAsync<Dashboard>(HttpMethod.Get, paths[Dashboard], clinic.Token, cancellationToken: cancellationToken))
            .Require("GET " + paths[Dashboard]);
        if (calendar != calendarExpected || days.Length != 366 || dashboard.TotalAppointments < size)
        {
            throw new InvalidOperationException($"The seeded history of {size:N0} appointments does not show: the calendar day has {calendar} " +
                $"appointments (expected {calendarExpected}), the report {days.Length} days (expected 366), the dashboard {dashboard.TotalAppointments} appointments.");
        }

        return new
        {
            calendarAppointments = calendar,
            revenueDaysWithPayments = days.Count(d => d.GetProperty("payments").GetInt32() > 0),
            dashboard.TotalAppointments,
            dashboard.Revenue,
        };
    }

    private static string Label(string series, int size) => $"{series}, {size:N0} appointments";

    private static string Name(int size) => size >= 1_000_000 ? $"{size / 1_000_000}M" : $"{size / 1000}k";

    private static DateTimeOffset Instant(DateOnly day, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero);

    private static string Iso(DateTimeOffset instant) => instant.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture);

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static double Ratio(double large, double small) => small > 0 ? large / small : 0;
}
