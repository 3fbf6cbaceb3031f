using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class DoctorConfiguration : IEntityTypeConfiguration<Doctor>
{
    public const string UserIndex = "ix_doctors_clinic_id_user_id";

    public void Configure(EntityTypeBuilder<Doctor> builder)
    {
        builder.ToTable("doctors");
        builder.HasKey(d => d.Id).HasName("pk_doctors");
        builder.Property(d => d.Id).ValueGeneratedNever();
        // The target of the composite foreign key (clinic_id, doctor_id) from appointments.
        builder.HasAlternateKey(d => new { d.ClinicId, d.Id }).HasName("ak_doctors_clinic_id_id");
        builder.Property(d => d.Name).HasMaxLength(Doctor.MaxNameLength);
        builder.Property(d => d.Specialization).HasMaxLength(Doctor.MaxSpecializationLength);
        builder.Property(d => d.Email).HasMaxLength(ContactRules.MaxEmailLength);
        builder.Property(d => d.Phone).HasMaxLength(ContactRules.MaxPhoneLength);
        builder.Property(d => d.RowVersion).IsRowVersion();
        builder.Ignore(d => d.Details);

        builder.HasIndex(d => new { d.ClinicId, d.Name }).HasDatabaseName("ix_doctors_clinic_id_name");
        builder.HasIndex(d => new { d.ClinicId, d.Specialization }).HasDatabaseName("ix_doctors_clinic_id_specialization");
        builder.HasIndex(d => new { d.ClinicId, d.UserId }).IsUnique().HasFilter("user_id IS NOT NULL").HasDatabaseName(UserIndex);
    }
}
