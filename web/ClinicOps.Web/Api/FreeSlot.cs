namespace ClinicOps.Web.Api;

/// <summary>A start at which a visit of the asked length fits the doctor's hours, time off and appointments.</summary>
public sealed record FreeSlot(Guid DoctorId, DateTimeOffset StartsAt, DateTimeOffset EndsAt);
