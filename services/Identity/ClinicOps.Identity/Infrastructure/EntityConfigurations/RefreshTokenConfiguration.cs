using ClinicOps.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Identity.Infrastructure.EntityConfigurations;

internal sealed class RefreshTokenConfiguration : IEntityTypeConfiguration<RefreshToken>
{
    public void Configure(EntityTypeBuilder<RefreshToken> builder)
    {
        builder.ToTable("refresh_tokens");
        builder.HasKey(t => t.Id).HasName("pk_refresh_tokens");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.TokenHash).IsRequired();
        builder.Property(t => t.RowVersion).IsRowVersion();
        builder.Ignore(t => t.IsRevoked);
        builder.Ignore(t => t.WasRotated);

        builder.HasIndex(t => t.TokenHash).IsUnique().HasDatabaseName("ix_refresh_tokens_token_hash");
        builder.HasIndex(t => t.FamilyId).HasDatabaseName("ix_refresh_tokens_family_id");
        builder.HasIndex(t => new { t.ClinicId, t.UserId }).HasDatabaseName("ix_refresh_tokens_clinic_id_user_id");
        // Composite key to the user: a token can never point at another clinic's user. Deleting a user drops
        // their sessions.
        builder.HasOne<User>().WithMany()
            .HasForeignKey(t => new { t.ClinicId, t.UserId })
            .HasPrincipalKey(u => new { u.ClinicId, u.Id })
            .HasConstraintName("fk_refresh_tokens_users_clinic_id_user_id")
            .OnDelete(DeleteBehavior.Cascade);
    }
}
