namespace ClinicOps.Web.Dashboard;

/// <summary>A value on the chart's vertical axis and the height it is drawn at.</summary>
public sealed record ChartTick(decimal Value, double Y);
