namespace ClinicOps.IntegrationTests.Infrastructure;

/// <summary>A clinic signed up through the gateway, with its owner's credentials and a client that sends the owner's token.</summary>
public sealed record SignedUpClinic(
    Guid ClinicId,
    Guid OwnerId,
    string Email,
    string Password,
    string AccessToken,
    string RefreshToken,
    HttpClient Client);
