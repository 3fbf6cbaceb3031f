using ClinicOps.Contracts.Identity;
using ClinicOps.Identity.Model;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Identity.Infrastructure.EntityConfigurations;

internal sealed class UserConfiguration : IEntityTypeConfiguration<User>
{
    public const string EmailIndex = "ix_users_email";

    public void Configure(EntityTypeBuilder<User> builder)
    {
        builder.ToTable("users", t =>
            t.HasCheckConstraint("ck_users_role", SqlConditions.In("role", Roles.All)));
        builder.HasKey(u => u.Id).HasName("pk_users");
        builder.HasAlternateKey(u => new { u.ClinicId, u.Id }).HasName("ak_users_clinic_id_id");
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Name).HasMaxLength(User.MaxNameLength).IsRequired();
        builder.Property(u => u.Email).HasMaxLength(User.MaxEmailLength).IsRequired();
        builder.Property(u => u.PasswordHash).HasMaxLength(60).IsRequired();
        builder.Property(u => u.Role).HasMaxLength(20).IsRequired();
        builder.Ignore(u => u.IsOwner);

        // Login is by email alone, so an email identifies one user across all clinics.
        builder.HasIndex(u => u.Email).IsUnique().HasDatabaseName(EmailIndex);
        builder.HasOne<Clinic>().WithMany().HasForeignKey(u => u.ClinicId)
            .HasConstraintName("fk_users_clinics_clinic_id").OnDelete(DeleteBehavior.Cascade);
    }
}
