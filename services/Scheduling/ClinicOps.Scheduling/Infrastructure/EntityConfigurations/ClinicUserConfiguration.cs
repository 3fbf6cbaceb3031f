using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class ClinicUserConfiguration : IEntityTypeConfiguration<ClinicUser>
{
    public void Configure(EntityTypeBuilder<ClinicUser> builder)
    {
        builder.ToTable("clinic_users");
        builder.HasKey(u => new { u.ClinicId, u.UserId }).HasName("pk_clinic_users");
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.Role).HasMaxLength(20);
        builder.Ignore(u => u.IsActive);
    }
}
