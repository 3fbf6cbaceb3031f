using ClinicOps.Analytics.Model;
using ClinicOps.Analytics.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class DailyRevenueConfiguration : IEntityTypeConfiguration<DailyRevenue>
{
    public void Configure(EntityTypeBuilder<DailyRevenue> builder)
    {
        builder.ToTable(ReadModelTables.DailyRevenue);
        // The key's order (clinic, date) serves the report's range scan.
        builder.HasKey(d => new { d.ClinicId, d.Date }).HasName("pk_daily_revenue");
        builder.Property(d => d.Revenue).HasPrecision(Money.TotalPrecision, 2);
    }
}
