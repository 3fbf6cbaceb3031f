namespace ClinicOps.Identity.Dtos;

public sealed record LoginRequest(string? Email, string? Password);
