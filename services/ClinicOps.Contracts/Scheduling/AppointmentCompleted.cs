namespace ClinicOps.Contracts.Scheduling;

public sealed record AppointmentCompleted : AppointmentSnapshot;
