namespace ClinicOps.Contracts.Scheduling;

public sealed record AppointmentMarkedNoShow : AppointmentSnapshot;
