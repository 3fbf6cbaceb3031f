namespace ClinicOps.Contracts.Identity;

public sealed record ClinicRegistered : ClinicSnapshot;
