namespace ClinicOps.Contracts.Scheduling;

public sealed record DoctorRegistered : DoctorSnapshot;
