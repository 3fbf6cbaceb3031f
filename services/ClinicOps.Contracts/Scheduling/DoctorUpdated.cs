namespace ClinicOps.Contracts.Scheduling;

public sealed record DoctorUpdated : DoctorSnapshot;
