using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.ToTable("clinics", table => table.HasCheckConstraint("ck_clinics_slot_step",
            $"slot_step_minutes BETWEEN {Clinic.MinSlotStepMinutes} AND {Clinic.MaxSlotStepMinutes} AND slot_step_minutes % 5 = 0"));
        builder.HasKey(c => c.ClinicId).HasName("pk_clinics");
        builder.Property(c => c.ClinicId).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(200);
        builder.Property(c => c.TimeZone).HasMaxLength(100);
        builder.Property(c => c.SlotStepMinutes).HasDefaultValue(Clinic.DefaultSlotStepMinutes);
    }
}
