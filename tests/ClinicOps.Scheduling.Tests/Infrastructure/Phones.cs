namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>Valid, distinct phone numbers for tests (Berlin landlines).</summary>
public static class Phones
{
    public static string NewE164() => $"+4930{Random.Shared.Next(20_000_000, 99_999_999)}";
}
