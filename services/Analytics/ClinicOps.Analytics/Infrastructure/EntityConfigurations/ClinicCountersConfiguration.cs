using ClinicOps.Analytics.Model;
using ClinicOps.Analytics.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class ClinicCountersConfiguration : IEntityTypeConfiguration<ClinicCounters>
{
    public void Configure(EntityTypeBuilder<ClinicCounters> builder)
    {
        builder.ToTable(ReadModelTables.ClinicCounters);
        builder.HasKey(c => c.ClinicId).HasName("pk_clinic_counters");
        builder.Property(c => c.ClinicId).ValueGeneratedNever();
        builder.Property(c => c.Revenue).HasPrecision(Money.TotalPrecision, 2);
        builder.Property(c => c.PendingPaymentsAmount).HasPrecision(Money.TotalPrecision, 2);
    }
}
