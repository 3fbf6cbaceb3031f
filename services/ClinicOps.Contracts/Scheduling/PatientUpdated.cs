namespace ClinicOps.Contracts.Scheduling;

public sealed record PatientUpdated : PatientSnapshot;
