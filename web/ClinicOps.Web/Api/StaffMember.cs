namespace ClinicOps.Web.Api;

/// <summary>A user of the clinic (GET /api/users): who signs in, with which role.</summary>
public sealed record StaffMember(Guid Id, string Name, string Email, string Role);
