using ClinicOps.Contracts.Identity;
using ClinicOps.ServiceDefaults.Audit;
using ClinicOps.ServiceDefaults.Tenancy;

namespace ClinicOps.Identity.Model;

/// <summary>A member of a clinic's staff. The email is unique across all clinics, because login is by email alone.</summary>
public sealed class User : ITenantOwned, IAudited
{
    public const int MaxNameLength = 200;
    public const int MaxEmailLength = 254;

    public Guid Id { get; private set; }
    public Guid ClinicId { get; set; }
    public string Name { get; private set; } = "";
    /// <summary>Normalised: trimmed and lower-cased.</summary>
    public string Email { get; private set; } = "";
    public string PasswordHash { get; private set; } = "";
    /// <summary>owner | doctor | receptionist</summary>
    public string Role { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; private set; }
    /// <summary>Carried in every access token; raising it ends the sessions whose tokens carry an older one.</summary>
    public int SessionVersion { get; private set; }

    private User()
    {
    }

    public User(string name, string email, string passwordHash, string role, DateTimeOffset createdAt)
    {
        Id = Guid.CreateVersion7(createdAt);
        Name = name;
        Email = email;
        PasswordHash = passwordHash;
        Role = role;
        CreatedAt = createdAt;
    }

    public bool IsOwner => Role == Roles.Owner;

    public void Rename(string name) => Name = name;

    public void ChangeRole(string role) => Role = role;

    public void ChangePasswordHash(string passwordHash) => PasswordHash = passwordHash;

    /// <summary>Access tokens issued before now stop working (see ClinicOps.ServiceDefaults.Auth.Access).</summary>
    public void EndSessions() => SessionVersion++;
}
