namespace ClinicOps.IntegrationTests.Security.Infrastructure;

public static class Phones
{
    /// <summary>A valid Berlin number in E.164 (the form the API stores).</summary>
    public static string NewE164() => $"+4930{Random.Shared.Next(20_000_000, 99_999_999)}";
}
