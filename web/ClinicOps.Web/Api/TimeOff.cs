namespace ClinicOps.Web.Api;

/// <summary>A stretch in which a doctor takes no appointments (holiday, course), with its reason.</summary>
public sealed record TimeOff(Guid Id, Guid DoctorId, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string? Reason);
