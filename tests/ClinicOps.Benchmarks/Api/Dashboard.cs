namespace ClinicOps.Benchmarks.Api;

/// <summary>The dashboard figures the read-model lag probes watch.</summary>
public sealed record Dashboard(int TotalAppointments, int CompletedAppointments, decimal Revenue);
