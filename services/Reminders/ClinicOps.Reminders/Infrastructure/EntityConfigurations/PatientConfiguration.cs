using ClinicOps.Reminders.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Reminders.Infrastructure.EntityConfigurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("patients");
        builder.HasKey(p => p.Id).HasName("pk_patients");
        builder.Property(p => p.Id).HasColumnName("id").ValueGeneratedNever();
        builder.Property(p => p.ClinicId).HasColumnName("clinic_id");
        builder.Property(p => p.Name).HasColumnName("name").HasMaxLength(200);
        builder.Property(p => p.Phone).HasColumnName("phone").HasMaxLength(32);
        builder.Property(p => p.Email).HasColumnName("email").HasMaxLength(320);
        builder.Property(p => p.UpdatedAt).HasColumnName("updated_at");
        builder.HasIndex(p => p.ClinicId).HasDatabaseName("ix_patients_clinic_id");
    }
}
