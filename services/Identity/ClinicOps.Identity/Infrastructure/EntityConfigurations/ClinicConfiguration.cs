using ClinicOps.Identity.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Identity.Infrastructure.EntityConfigurations;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.ToTable("clinics", t =>
        {
            t.HasCheckConstraint("ck_clinics_currency", "currency ~ '^[A-Z]{3}$'");
            t.HasCheckConstraint("ck_clinics_slot_step",
                $"slot_step_minutes BETWEEN {Clinic.MinSlotStepMinutes} AND {Clinic.MaxSlotStepMinutes} AND slot_step_minutes % 5 = 0");
        });
        builder.HasKey(c => c.Id).HasName("pk_clinics");
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Clinic.MaxNameLength).IsRequired();
        builder.Property(c => c.TimeZone).HasMaxLength(64).IsRequired();
        builder.Property(c => c.Currency).HasMaxLength(3).IsFixedLength().IsRequired();
        builder.Property(c => c.SlotStepMinutes).HasDefaultValue(Clinic.DefaultSlotStepMinutes);
    }
}
