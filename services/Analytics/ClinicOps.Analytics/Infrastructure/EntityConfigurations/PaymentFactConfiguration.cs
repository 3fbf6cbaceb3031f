using ClinicOps.Analytics.Model;
using ClinicOps.Contracts.Billing;
using ClinicOps.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal sealed class PaymentFactConfiguration : IEntityTypeConfiguration<PaymentFact>
{
    public void Configure(EntityTypeBuilder<PaymentFact> builder)
    {
        builder.ToTable(ReadModelTables.PaymentFacts, t =>
        {
            t.HasCheckConstraint("ck_payment_facts_status", SqlConditions.In("status", PaymentStatuses.All));
            t.HasCheckConstraint("ck_payment_facts_amount", "amount >= 0");
        });
        builder.HasKey(p => new { p.ClinicId, p.PaymentId }).HasName("pk_payment_facts");
        builder.Property(p => p.Amount).HasPrecision(12, 2);
        builder.Property(p => p.Status).HasMaxLength(16);
        builder.Ignore(p => p.NetRevenue);
        builder.Ignore(p => p.IsPending);
    }
}
