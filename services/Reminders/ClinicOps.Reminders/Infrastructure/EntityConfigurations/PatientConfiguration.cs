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
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(200);
        builder.Property(p => p.Phone).HasMaxLength(32);
        builder.Property(p => p.Email).HasMaxLength(320);
        builder.Ignore(p => p.IsErased);
        builder.HasIndex(p => p.ClinicId).HasDatabaseName("ix_patients_clinic_id");
    }
}
