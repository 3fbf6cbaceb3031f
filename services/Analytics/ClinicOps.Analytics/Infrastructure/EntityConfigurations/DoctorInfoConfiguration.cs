using ClinicOps.Analytics.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class DoctorInfoConfiguration : IEntityTypeConfiguration<DoctorInfo>
{
    public void Configure(EntityTypeBuilder<DoctorInfo> builder)
    {
        builder.ToTable(ReadModelTables.Doctors);
        builder.HasKey(d => new { d.ClinicId, d.DoctorId }).HasName("pk_doctors");
        builder.Property(d => d.Name).HasMaxLength(200);
        builder.Property(d => d.Specialization).HasMaxLength(200);
    }
}
