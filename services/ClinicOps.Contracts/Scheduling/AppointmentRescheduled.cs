namespace ClinicOps.Contracts.Scheduling;

public sealed record AppointmentRescheduled : AppointmentSnapshot;
