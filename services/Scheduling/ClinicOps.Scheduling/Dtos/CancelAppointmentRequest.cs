namespace ClinicOps.Scheduling.Dtos;

public sealed record CancelAppointmentRequest(string? Reason);
