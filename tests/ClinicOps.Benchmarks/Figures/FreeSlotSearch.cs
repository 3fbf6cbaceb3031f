using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClinicOps.Benchmarks.Api;
using ClinicOps.Benchmarks.App;
using ClinicOps.Benchmarks.Load;
using ClinicOps.Benchmarks.Report;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Figure 7: GET /api/availability through the gateway at one client, in a clinic whose diary holds 10,000 appointments
/// (<see cref="DiaryShape"/>): one doctor over 7 days and all five doctors over 1 day, alternating. Target p99 ≤ 25 ms.
/// </summary>
public static class FreeSlotSearch
{
    public const string Title = "Free slots";
    public const double TargetP99Ms = 25;
    private const string OneDoctor = "one doctor over 7 days";
    private const string FiveDoctors = "five doctors over 1 day";

    public static async Task<FigureResult> RunAsync(BenchContext context, CancellationToken cancellationToken)
    {
        var options = context.Options;
        var clinic = context.SlotsClinic;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(ClinicSetup.TimeZone);
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, zone).DateTime);

        context.Log($"  free slots: working hours for {clinic.Doctors.Count} doctors, then {options.DiaryAppointments:N0} appointments into scheduling");
        foreach (var doctor in clinic.Doctors)
        {
            var hours = await context.Gateway.SendAsync<JsonElement>(HttpMethod.Put, $"/api/doctors/{doctor}/working-hours", clinic.Token,
                WorkingWeek(), cancellationToken: cancellationToken);
            hours.Require("PUT /api/doctors/{id}/working-hours");
        }

        var seeding = Stopwatch.StartNew();
        var seeder = new DiarySeeder(await context.App.ConnectionStringAsync(ResourceNames.SchedulingDatabase, cancellationToken));
        await seeder.SeedAsync(clinic.Id, clinic.Doctors, clinic.Patients,
            new DiaryShape(options.DiaryAppointments, clinic.Doctors.Count, zone, today), cancellationToken);
        var seedSeconds = seeding.Elapsed.TotalSeconds;

        var day = Enumerable.Range(1, 7).Select(today.AddDays).First(DiaryShape.IsWorkingDay);
        var paths = new Dictionary<string, string>
        {
            [OneDoctor] = $"/api/availability?doctorId={clinic.Doctors[0]}&from={Day(day)}&to={Day(day.AddDays(6))}&durationMinutes=30",
            [FiveDoctors] = $"/api/availability?from={Day(day)}&to={Day(day)}&durationMinutes=30",
        };
        var slots = new Dictionary<string, int>();
        foreach (var (series, path) in paths)
        {
            var answer = await context.Gateway.SendAsync<JsonElement>(HttpMethod.Get, path, clinic.Token, cancellationToken: cancellationToken);
            slots[series] = answer.Require($"GET {path}").GetProperty("items").GetArrayLength();
        }

        var atRest = await Quiescence.WaitAsync(context.App, Quiescence.AtRestLimit, cancellationToken);
        context.Log($"  free slots: before measuring, {atRest}");
        var recorder = new SampleRecorder();
        foreach (var warm in new[] { true, false })
        {
            for (var round = 0; round < (warm ? 20 : options.FreeSlotRequests); round++)
            {
                foreach (var (series, path) in paths)
                {
                    var start = Stopwatch.GetTimestamp();
                    var status = await context.Gateway.StatusAsync(HttpMethod.Get, path, clinic.Token, cancellationToken: cancellationToken);
                    if (!warm)
                    {
                        recorder.Record(new Sample(series, status), Stopwatch.GetElapsedTime(start).TotalMilliseconds);
                    }
                }
            }
        }

        var stats = new LoadResult(recorder, TimeSpan.FromSeconds(1)).AllStats();
        if (stats.FirstOrDefault(s => s.Ok != s.Latency.Count) is { } failing)
        {
            throw new InvalidOperationException($"GET /api/availability ({failing.Endpoint}) did not always answer 200: " +
                string.Join(", ", failing.Errors.Select(e => $"{e.Key}: {e.Value}")));
        }

        var (one, five) = (stats.Single(s => s.Endpoint == OneDoctor), stats.Single(s => s.Endpoint == FiveDoctors));
        return new FigureResult(7, "freeSlots", Title,
            [
                Measure.Info($"{OneDoctor}: p50", one.Latency.P50, "ms"),
                Measure.AtMost($"{OneDoctor}: p99", one.Latency.P99, "ms", TargetP99Ms),
                Measure.Info($"{FiveDoctors}: p50", five.Latency.P50, "ms"),
                Measure.AtMost($"{FiveDoctors}: p99", five.Latency.P99, "ms", TargetP99Ms),
                Measure.Info("free slots per answer, one doctor over 7 days", slots[OneDoctor], ""),
                Measure.Info("free slots per answer, five doctors over 1 day", slots[FiveDoctors], ""),
            ],
            [StatsTable.Of("1 client through the gateway, the two searches alternating (req/s column not meaningful)", stats)],
            new { appointments = options.DiaryAppointments, doctors = clinic.Doctors.Count, day, slots, seedSeconds },
            [
                $"Clinic in {ClinicSetup.TimeZone} with {clinic.Doctors.Count} doctors working Monday–Saturday 08:00–12:30 and 13:00–18:00; " +
                $"{options.DiaryAppointments:N0} appointments of {DiaryShape.VisitMinutes} minutes seeded into scheduling's database through its own model " +
                $"in {seedSeconds:0.0} s ({DiaryShape.DaysAhead} days ahead scheduled, the rest completed), plus the set-up's bookings.",
                $"Searches from {Day(day)} for 30-minute slots on the clinic's 15-minute grid; 20 warm-up rounds not recorded, then " +
                $"{options.FreeSlotRequests} rounds of both.",
                "Each answer is computed from five queries (the clinic's time zone and slot step, doctors, hours, time off, appointments), whatever the range.",
                $"Measured at rest: before the first round {atRest}.",
            ])
        {
            SampleCounts = stats.ToDictionary(s => s.Endpoint, s => s.Latency.Count),
        };
    }

    /// <summary>Monday to Saturday, with a lunch break: the hours the diary's visits lie in.</summary>
    private static object WorkingWeek() => new
    {
        week = new[] { "monday", "tuesday", "wednesday", "thursday", "friday", "saturday" }.Select(day => new
        {
            day,
            intervals = new[] { new { start = "08:00", end = "12:30" }, new { start = "13:00", end = "18:00" } },
        }),
    };

    private static string Day(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
