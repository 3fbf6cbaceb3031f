using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Auth.Access;

public static class UserAccessModelBuilderExtensions
{
    /// <summary>Adds the user_access table to a service's model (call in OnModelCreating).</summary>
    public static ModelBuilder AddUserAccess(this ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfiguration(new UserAccessConfiguration());
}
