namespace ClinicOps.IntegrationTests.Security.Infrastructure;

/// <summary>What sign-up, login and refresh answer: the clinic and user, and the token pair.</summary>
public sealed record Session(Guid ClinicId, Guid UserId, string AccessToken, string RefreshToken);
