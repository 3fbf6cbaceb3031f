namespace ClinicOps.Web.Dashboard;

/// <summary>A date written under the bars, centred at <see cref="X"/>.</summary>
public sealed record ChartLabel(DateOnly Date, double X);
