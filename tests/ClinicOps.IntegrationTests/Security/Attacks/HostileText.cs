namespace ClinicOps.IntegrationTests.Security.Attacks;

/// <summary>SQL and script text, to be stored and shown exactly as typed and never executed.</summary>
public static class HostileText
{
    public const string DropTable = "'; DROP TABLE patients; --";
    public const string Script = "<script>alert(1)</script>";
    public const string Tautology = "' OR '1'='1'; DELETE FROM doctors; -- <img src=x onerror=alert(1)>";
    public const string Update = "\"; UPDATE payments SET amount = 0; -- </textarea><svg onload=alert(2)>";
    public const string Wildcards = "%_\\ $1 {{7*7}} ${jndi:ldap://x}";

    /// <summary>A name with all of it, short enough for every name field (the shortest, specialization, holds 100).</summary>
    public static string Name(string prefix) => $"{prefix} {DropTable} {Script}";

    public static readonly string Long = $"{DropTable} {Script} {Tautology} {Update} {Wildcards}";
}
