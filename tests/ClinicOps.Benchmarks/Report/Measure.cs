using System.Globalization;

namespace ClinicOps.Benchmarks.Report;

/// <summary>One headline number with its target beside it; <see cref="Met"/> is null where there is no target.</summary>
public sealed record Measure(string Name, double? Value, string Unit, string Target, bool? Met)
{
    public static Measure AtMost(string name, double value, string unit, double limit) =>
        new(name, Round(value), unit, "≤ " + Format(limit, unit), value <= limit);

    public static Measure AtLeast(string name, double value, string unit, double limit) =>
        new(name, Round(value), unit, "≥ " + Format(limit, unit), value >= limit);

    public static Measure Info(string name, double value, string unit) => new(name, Round(value), unit, "—", null);

    /// <summary>A measure this run did not take (its target shown, nothing judged); the figure's notes say why.</summary>
    public static Measure NotTaken(string name, string unit, string target) => new(name, null, unit, target, null);

    /// <summary>A measure with a target that could not be computed from what was measured: judged not met.</summary>
    public static Measure Unmeasurable(string name, string unit, string target) => new(name, null, unit, target, false);

    public static string AtMostText(double limit, string unit) => "≤ " + Format(limit, unit);

    public string FormattedValue => Value is { } v ? Format(v, Unit) : "—";

    public static string Format(double value, string unit) => unit switch
    {
        "%" => value.ToString("0.#", CultureInfo.InvariantCulture) + " %",
        "×" => value.ToString("0.00", CultureInfo.InvariantCulture) + "×",
        "" => value.ToString("0.##", CultureInfo.InvariantCulture),
        _ => value.ToString("0.##", CultureInfo.InvariantCulture) + " " + unit,
    };

    private static double Round(double value) => Math.Round(value, 3);
}
