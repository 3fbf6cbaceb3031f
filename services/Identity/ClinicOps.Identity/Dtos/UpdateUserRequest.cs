namespace ClinicOps.Identity.Dtos;

/// <summary>Only the fields present change.</summary>
public sealed record UpdateUserRequest(string? Name, string? Role);
