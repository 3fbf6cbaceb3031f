namespace ClinicOps.Identity.Dtos;

public sealed record MeResponse(UserResponse User, ClinicResponse Clinic);
