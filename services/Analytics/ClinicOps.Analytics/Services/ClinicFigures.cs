using ClinicOps.Analytics.Model;

namespace ClinicOps.Analytics.Services;

/// <summary>What the dashboard reads in one statement: the clinic's counters, its currency and its upcoming count.</summary>
internal sealed record ClinicFigures(ClinicCounters Counters, string? Currency, int Upcoming);
