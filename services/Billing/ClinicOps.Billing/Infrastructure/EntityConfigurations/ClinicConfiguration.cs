using ClinicOps.Billing.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Billing.Infrastructure.EntityConfigurations;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public const string PrimaryKey = "pk_clinics";

    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.ToTable("clinics", t => t.HasCheckConstraint("ck_clinics_currency", "currency ~ '^[A-Z]{3}$'"));
        builder.HasKey(c => c.ClinicId).HasName(PrimaryKey);
        builder.Property(c => c.ClinicId).ValueGeneratedNever();
        builder.Property(c => c.Currency).HasMaxLength(3).IsRequired();
    }
}
