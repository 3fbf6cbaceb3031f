using ClinicOps.Reminders.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Reminders.Infrastructure.EntityConfigurations;

internal sealed class DoctorConfiguration : IEntityTypeConfiguration<Doctor>
{
    public void Configure(EntityTypeBuilder<Doctor> builder)
    {
        builder.ToTable("doctors");
        builder.HasKey(d => d.Id).HasName("pk_doctors");
        builder.Property(d => d.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(d => d.ClinicId).HasColumnName("clinic_id");
        builder.Property(d => d.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(d => d.UpdatedAt).HasColumnName("updated_at");
        builder.Ignore(d => d.DisplayName);
        builder.HasIndex(d => d.ClinicId).HasDatabaseName("ix_doctors_clinic_id");
    }
}
