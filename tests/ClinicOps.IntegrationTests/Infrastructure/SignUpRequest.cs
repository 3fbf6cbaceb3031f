namespace ClinicOps.IntegrationTests.Infrastructure;

public sealed record SignUpRequest(string ClinicName, string TimeZone, string Currency, string OwnerName, string Email, string Password);
