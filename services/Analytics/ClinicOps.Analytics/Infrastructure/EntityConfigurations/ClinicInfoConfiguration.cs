using ClinicOps.Analytics.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class ClinicInfoConfiguration : IEntityTypeConfiguration<ClinicInfo>
{
    public void Configure(EntityTypeBuilder<ClinicInfo> builder)
    {
        builder.ToTable(ReadModelTables.Clinics);
        builder.HasKey(c => c.ClinicId).HasName("pk_clinics");
        builder.Property(c => c.ClinicId).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TimeZone).HasMaxLength(64);
        builder.Property(c => c.Currency).HasMaxLength(3);
    }
}
