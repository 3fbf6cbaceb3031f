using ClinicOps.Web.Api;

namespace ClinicOps.Web.Dashboard;

/// <summary>One day's bar, in the chart's own units (its viewBox); a day with refunds above its payments reaches below zero.</summary>
public sealed record ChartBar(DailyRevenue Day, double X, double Y, double Width, double Height);
