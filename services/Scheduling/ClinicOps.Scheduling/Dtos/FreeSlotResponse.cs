namespace ClinicOps.Scheduling.Dtos;

public sealed record FreeSlotResponse(Guid DoctorId, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
