namespace ClinicOps.ServiceDefaults.Auth;

public static class Roles
{
    public const string Owner = "owner";
    public const string Doctor = "doctor";
    public const string Receptionist = "receptionist";

    public static readonly IReadOnlyList<string> All = [Owner, Doctor, Receptionist];
}
