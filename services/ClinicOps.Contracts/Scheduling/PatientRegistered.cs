namespace ClinicOps.Contracts.Scheduling;

public sealed record PatientRegistered : PatientSnapshot;
