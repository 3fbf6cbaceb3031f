using ClinicOps.Identity.Model;

namespace ClinicOps.Identity.Dtos;

/// <summary>A user as the API shows it: never the password hash.</summary>
public sealed record UserResponse(Guid Id, string Name, string Email, string Role)
{
    public static UserResponse From(User user) => new(user.Id, user.Name, user.Email, user.Role);
}
