using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.ServiceDefaults.Auth.Access;

/// <summary>
/// Table user_access. Not tenant-filtered: it is read while the token is being validated, before the request has a
/// clinic, and user ids are unique across clinics.
/// </summary>
internal sealed class UserAccessConfiguration : IEntityTypeConfiguration<UserAccess>
{
    public const string Table = "user_access";

    public void Configure(EntityTypeBuilder<UserAccess> builder)
    {
        builder.ToTable(Table);
        builder.HasKey(a => a.UserId).HasName("pk_user_access");
        builder.Property(a => a.UserId).ValueGeneratedNever();
        builder.Property(a => a.Role).HasMaxLength(20).IsRequired();
    }
}
