using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ClinicOps.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace ClinicOps.Web.Tests.Flows;

/// <summary>
/// How long the calendar takes to become usable: from asking for the page until its circuit runs (every button
/// enabled), through the gateway on this machine. The figures (p50, p95, max, and whether p95 met the 1 s target) are
/// written to TestResults/web-calendar-performance.json for the benchmark report. The test itself fails only when a load
/// does not become interactive or shows another day than the one arranged: on a machine shared with other builds the
/// wall-clock target measures their load more than the calendar, so the benchmark, not this test, holds the target.
/// </summary>
public sealed class CalendarPerformanceTests(WebAppFixture app, ITestOutputHelper output) : BrowserTest(app, output)
{
    private const int Doctors = 5;
    private const int AppointmentsPerDoctor = 12;
    private const int WarmUps = 3;
    private const int Loads = 20;
    private static readonly TimeSpan Target = TimeSpan.FromSeconds(1);

    private readonly ITestOutputHelper output = output;

    [Fact]
    public async Task The_day_of_five_doctors_with_sixty_appointments_is_timed_from_request_to_interactive()
    {
        var owner = await App.SignUpClinicAsync();
        var tomorrow = ApiArrange.ClinicDate(1);
        string[] colors = ["#1E90FF", "#2E8B57", "#B8860B"];
        var types = new List<Guid>();
        for (var t = 0; t < colors.Length; t++)
        {
            types.Add(await owner.AddTypeAsync($"Type {t + 1}", 30, 40m + t, colors[t]));
        }

        var patients = new List<Guid>();
        for (var p = 0; p < 10; p++)
        {
            patients.Add(await owner.AddPatientAsync($"Patient {p:00}", $"+49151250000{p:00}"));
        }

        for (var d = 0; d < Doctors; d++)
        {
            var doctor = await owner.AddDoctorAsync($"Dr Number {d + 1}");
            await owner.SetDailyHoursAsync(doctor, "08:00", "18:00");
            for (var a = 0; a < AppointmentsPerDoctor; a++)
            {
                var startsAt = ApiArrange.At(tomorrow, 8).AddMinutes(a * 40);
                await owner.BookAsync(doctor, patients[(d + a) % patients.Count], startsAt, types[a % types.Count]);
            }
        }

        var calendar = new CalendarPage(Page);
        await SignInAsync(owner);
        var path = $"/?date={tomorrow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        for (var i = 0; i < WarmUps; i++)
        {
            await LoadAsync(path);
        }

        await Expect(calendar.Blocks).ToHaveCountAsync(Doctors * AppointmentsPerDoctor);
        var times = new List<double>();
        for (var i = 0; i < Loads; i++)
        {
            times.Add((await LoadAsync(path)).TotalMilliseconds);
            await Expect(calendar.Blocks).ToHaveCountAsync(Doctors * AppointmentsPerDoctor);
        }

        times.Sort();
        var p50 = Percentile(times, 0.50);
        var p95 = Percentile(times, 0.95);
        var report = new
        {
            measure = "calendar day view, 5 doctors and 60 appointments: request to interactive, through the gateway",
            loads = Loads,
            p50Ms = Math.Round(p50, 1),
            p95Ms = Math.Round(p95, 1),
            maxMs = Math.Round(times[^1], 1),
            targetMs = Target.TotalMilliseconds,
            metTarget = p95 <= Target.TotalMilliseconds,
            at = DateTimeOffset.UtcNow,
        };
        var json = JsonSerializer.Serialize(report, new JsonSerializerOptions { WriteIndented = true });
        await File.WriteAllTextAsync(Path.Combine(Screenshots.Directory, "..", "web-calendar-performance.json"), json);
        output.WriteLine(json);
    }

    /// <summary>From asking for the page until its circuit has rendered it interactively.</summary>
    private async Task<TimeSpan> LoadAsync(string path)
    {
        var clock = Stopwatch.StartNew();
        await Page.GotoAsync(path);
        await new CalendarPage(Page).WaitInteractiveAsync();
        return clock.Elapsed;
    }

    private static double Percentile(List<double> sorted, double share) => sorted[(int)Math.Ceiling(share * sorted.Count) - 1];
}
