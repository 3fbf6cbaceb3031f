using ClinicOps.Identity.Dtos;

namespace ClinicOps.Identity.Tests.Infrastructure;

/// <summary>A clinic a test signed up: its owner's credentials and the sign-up answer.</summary>
public sealed record SignedUpClinic(string Email, string Password, AuthResponse Session)
{
    public Guid ClinicId => Session.Clinic.Id;
    public Guid OwnerId => Session.User.Id;
}
