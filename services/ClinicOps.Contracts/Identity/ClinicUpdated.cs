namespace ClinicOps.Contracts.Identity;

public sealed record ClinicUpdated : ClinicSnapshot;
