namespace ClinicOps.Web.Api;

/// <summary>One day of a doctor's week: its name as the API writes it (monday…sunday) and its intervals in order.</summary>
public sealed record WorkingDay(string Day, IReadOnlyList<WorkingInterval> Intervals);
