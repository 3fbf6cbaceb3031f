namespace ClinicOps.Identity.Dtos;

public sealed record MeResponse(UserDto User, ClinicDto Clinic);
