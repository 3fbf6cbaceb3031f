using ClinicOps.Reminders.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Reminders.Infrastructure.EntityConfigurations;

internal sealed class ClinicConfiguration : IEntityTypeConfiguration<Clinic>
{
    public void Configure(EntityTypeBuilder<Clinic> builder)
    {
        builder.ToTable("clinics");
        builder.HasKey(c => c.ClinicId).HasName("pk_clinics");
        builder.Property(c => c.ClinicId).HasColumnName("clinic_id").ValueGeneratedNever();
        builder.Property(c => c.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(c => c.TimeZone).HasColumnName("time_zone").HasMaxLength(64);
        builder.Property(c => c.UpdatedAt).HasColumnName("updated_at");
    }
}
