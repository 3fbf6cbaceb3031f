namespace ClinicOps.Web.Api;

public sealed record Doctor(Guid Id, string Name, string Specialization, string? Email, string? Phone, Guid? UserId);
