namespace ClinicOps.Identity.Dtos;

public sealed record ChangePasswordRequest(string? CurrentPassword, string? NewPassword);
