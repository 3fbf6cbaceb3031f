namespace ClinicOps.Identity.Dtos;

/// <summary><see cref="Role"/>: owner | doctor | receptionist.</summary>
public sealed record CreateUserRequest(string? Name, string? Email, string? Password, string? Role);
