using ClinicOps.Analytics.Model;
using ClinicOps.Analytics.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class DoctorCountersConfiguration : IEntityTypeConfiguration<DoctorCounters>
{
    public void Configure(EntityTypeBuilder<DoctorCounters> builder)
    {
        builder.ToTable(ReadModelTables.DoctorCounters);
        builder.HasKey(d => new { d.ClinicId, d.DoctorId }).HasName("pk_doctor_counters");
        builder.Property(d => d.Revenue).HasPrecision(Money.TotalPrecision, 2);
    }
}
