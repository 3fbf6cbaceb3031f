namespace ClinicOps.Web.Auth;

public sealed record SessionClinic(Guid Id, string Name, string TimeZone, string Currency);
