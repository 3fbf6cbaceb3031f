namespace ClinicOps.Web.Auth;

public sealed record SessionUser(Guid Id, string Name, string Email, string Role);
