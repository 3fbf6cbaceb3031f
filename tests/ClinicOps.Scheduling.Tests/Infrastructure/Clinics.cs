using ClinicOps.Contracts.Identity;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

public static class Clinics
{
    /// <summary>A client of the same clinic for a staff user with <paramref name="role"/>.</summary>
    public static HttpClient As(this SchedulingFactory factory, TestClinic clinic, string role) => factory.CreateClientFor(clinic.Id, role);

    public static readonly string[] AllRoles = [Roles.Owner, Roles.Receptionist, Roles.Doctor];
}
