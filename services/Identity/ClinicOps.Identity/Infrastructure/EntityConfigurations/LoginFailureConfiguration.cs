using ClinicOps.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Identity.Infrastructure.EntityConfigurations;

internal sealed class LoginFailureConfiguration : IEntityTypeConfiguration<LoginFailure>
{
    public void Configure(EntityTypeBuilder<LoginFailure> builder)
    {
        builder.ToTable("login_failures");
        builder.HasKey(f => f.Id).HasName("pk_login_failures");
        builder.Property(f => f.Id).UseIdentityAlwaysColumn();
        // Not a foreign key to users: failures for unknown emails count too.
        builder.Property(f => f.Email).HasMaxLength(User.MaxEmailLength).IsRequired();
        builder.HasIndex(f => new { f.Email, f.OccurredAt }).HasDatabaseName("ix_login_failures_email_occurred_at");
        builder.HasIndex(f => f.OccurredAt).HasDatabaseName("ix_login_failures_occurred_at");
    }
}
