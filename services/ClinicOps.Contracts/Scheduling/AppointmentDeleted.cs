namespace ClinicOps.Contracts.Scheduling;

public sealed record AppointmentDeleted : AppointmentSnapshot;
