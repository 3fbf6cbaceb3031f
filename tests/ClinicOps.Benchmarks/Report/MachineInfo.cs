namespace ClinicOps.Benchmarks.Report;

/// <summary>Where and with what the figures were measured.</summary>
public sealed record MachineInfo(
    string Host,
    string Os,
    string Cpu,
    int Cores,
    string DotNet,
    string PostgreSql,
    string RabbitMq,
    string Generator);
