namespace ClinicOps.Identity.Dtos;

/// <summary>Body of refresh and logout.</summary>
public sealed record RefreshRequest(string? RefreshToken);
