namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>The part of identity's 201 answer to POST /api/clinics that the tests use.</summary>
public sealed record SignUpResponse(EntityReference Clinic, EntityReference User, string AccessToken, string RefreshToken, int ExpiresIn);
