namespace ClinicOps.Contracts.Identity;

/// <summary>A staff user's role: the words of the API, of the tokens' role claim and of the user events.</summary>
public static class Roles
{
    public const string Owner = "owner";
    public const string Doctor = "doctor";
    public const string Receptionist = "receptionist";

    public static readonly IReadOnlyList<string> All = [Owner, Doctor, Receptionist];
}
