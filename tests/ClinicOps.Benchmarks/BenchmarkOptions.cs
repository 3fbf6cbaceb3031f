using System.Globalization;

namespace ClinicOps.Benchmarks;

/// <summary>
/// What a run does. The full run follows issues 10 and 24 (50 clients, a 60 s mixed load, 10k vs 1M appointments, five
/// cold starts; with --soak also 10 minutes of sustained load); smoke mode keeps every figure, the sustained one too, but
/// runs each for a few seconds on small seeds, so CI can show that the benchmark works.
/// </summary>
public sealed record BenchmarkOptions
{
    public bool Smoke { get; init; }

    /// <summary>Whether a full run also keeps the mixed load up for <see cref="SoakIntervals"/> minutes (figure 9).</summary>
    public bool Soak { get; init; }

    /// <summary>Starts of the whole app from nothing, each timed to all healthy (the first is the run's own).</summary>
    public int ColdStarts { get; init; } = 5;

    /// <summary>The folder that receives results/&lt;timestamp&gt;/ and latest.md.</summary>
    public required string OutputRoot { get; init; }

    /// <summary>Whether the report is also copied to latest.md (full runs only, so a smoke run never replaces it).</summary>
    public bool UpdateLatest { get; init; }

    public int Clients { get; init; } = 50;

    /// <summary>Keep Aspire's loopback proxy in front of every service (off: services are called straight, as deployed).</summary>
    public bool AspireProxies { get; init; }

    /// <summary>Extra PostgreSQL settings (--pg KEY=VALUE, repeatable, passed as -c): for experiments on a bottleneck.</summary>
    public IReadOnlyDictionary<string, string> PostgresSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>Extra environment for every service (--service-env KEY=VALUE, repeatable): for experiments on a bottleneck.</summary>
    public IReadOnlyDictionary<string, string> ServiceEnvironment { get; init; } = new Dictionary<string, string>();

    public TimeSpan MixedDuration { get; init; } = TimeSpan.FromSeconds(60);

    public TimeSpan Warmup => Smoke ? TimeSpan.FromSeconds(1) : TimeSpan.FromSeconds(3);

    /// <summary>Each gateway-overhead series (direct, bare YARP hop or gateway; 1 or 50 clients), over all its rounds.</summary>
    public TimeSpan OverheadDuration => Smoke ? TimeSpan.FromSeconds(2) : TimeSpan.FromSeconds(16);

    /// <summary>Rounds of figure 1: each runs the three paths once, in a shuffled order.</summary>
    public int OverheadRounds => Smoke ? 4 : 8;

    /// <summary>Whether figure 9 (sustained load) runs: always in smoke mode (briefly), in a full run with --soak.</summary>
    public bool RunsSoak => Smoke || Soak;

    public TimeSpan SoakInterval => Smoke ? TimeSpan.FromSeconds(5) : TimeSpan.FromMinutes(1);

    public int SoakIntervals => Smoke ? 2 : 10;

    /// <summary>The booking run, and the pgbench run beside it (pgbench first opens its 50 connections: a few seconds at least).</summary>
    public TimeSpan BookingDuration => Smoke ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(20);

    public int LoadClinics => Smoke ? 6 : 20;

    public int LagProbes => Smoke ? 2 : 5;

    public int MinLagEvents => Smoke ? 10 : 500;

    public int SmallScale => 10_000;

    public int LargeScale => Smoke ? 50_000 : 1_000_000;

    public int ScaleRequests => Smoke ? 60 : 400;

    /// <summary>Figure 7's clinic: appointments in its diary, and measured rounds of its two free-slot searches.</summary>
    public int DiaryAppointments => 10_000;

    public int FreeSlotRequests => Smoke ? 30 : 300;

    /// <summary>The figures to run (--only 10 or --only 3,8); empty: all of them.</summary>
    public IReadOnlySet<int> Only { get; init; } = new HashSet<int>();

    /// <summary>Whether figure <paramref name="number"/> runs (figures 3 and 4 come from one load, so either runs both).</summary>
    public bool Runs(int number) => Only.Count == 0 || Only.Contains(number) || (number is 3 or 4 && Only.Overlaps([3, 4]));

    /// <summary>Figure 10's timed loads of the calendar in the browser.</summary>
    public int CalendarLoads => Smoke ? 10 : 60;

    public static BenchmarkOptions Parse(IReadOnlyList<string> args, string repositoryRoot)
    {
        var smoke = false;
        var soak = false;
        int? coldStarts = null;
        TimeSpan? duration = null;
        string? output = null;
        var proxies = false;
        var environment = new Dictionary<string, string>(StringComparer.Ordinal);
        var postgres = new Dictionary<string, string>(StringComparer.Ordinal);
        var only = new HashSet<int>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--smoke":
                    smoke = true;
                    break;
                case "--soak":
                    soak = true;
                    break;
                case "--cold-starts" when i + 1 < args.Count:
                    coldStarts = int.Parse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture);
                    ArgumentOutOfRangeException.ThrowIfLessThan(coldStarts.Value, 1, "--cold-starts");
                    break;
                case "--duration" when i + 1 < args.Count:
                    duration = TimeSpan.FromSeconds(int.Parse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture));
                    break;
                case "--aspire-proxies":
                    proxies = true;
                    break;
                case "--service-env" when i + 1 < args.Count && args[i + 1].Split('=', 2) is [var key, var value]:
                    environment[key] = value;
                    i++;
                    break;
                case "--pg" when i + 1 < args.Count && args[i + 1].Split('=', 2) is [var key, var value]:
                    postgres[key] = value;
                    i++;
                    break;
                case "--only" when i + 1 < args.Count:
                    only.UnionWith(args[++i].Split(',').Select(n => int.Parse(n, NumberStyles.None, CultureInfo.InvariantCulture)));
                    if (only.Any(n => n is < 1 or > 10))
                    {
                        throw new ArgumentOutOfRangeException("--only", "The figures are numbered 1 to 10.");
                    }

                    if (only.Contains(8) && !only.Overlaps([3, 4]))
                    {
                        throw new ArgumentException("Figure 8 sends half the rate figure 3 reaches: ask for --only 3,8.");
                    }

                    break;
                case "--output" when i + 1 < args.Count:
                    output = args[++i];
                    break;
                default:
                    throw new ArgumentException($"Unknown argument '{args[i]}'. Usage: [--smoke] [--soak] [--only N[,N...]] [--duration SECONDS] [--cold-starts N] [--output DIR] [--aspire-proxies] [--service-env KEY=VALUE]... [--pg KEY=VALUE]...");
            }
        }

        return new BenchmarkOptions
        {
            Smoke = smoke,
            Soak = soak,
            ColdStarts = coldStarts ?? (smoke ? 2 : 5),
            AspireProxies = proxies,
            ServiceEnvironment = environment,
            PostgresSettings = postgres,
            OutputRoot = output ?? Path.Combine(repositoryRoot, "benchmarks"),
            // Neither a smoke run nor a run of some figures replaces the full report.
            UpdateLatest = !smoke && only.Count == 0,
            Only = only,
            MixedDuration = duration ?? (smoke ? TimeSpan.FromSeconds(5) : TimeSpan.FromSeconds(60)),
        };
    }
}
