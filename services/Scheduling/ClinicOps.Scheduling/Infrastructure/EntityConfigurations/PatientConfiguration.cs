using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public const string PhoneIndex = "ix_patients_clinic_id_phone";

    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        builder.ToTable("patients");
        builder.HasKey(p => p.Id).HasName("pk_patients");
        builder.Property(p => p.Id).ValueGeneratedNever();
        // The target of the composite foreign key (clinic_id, patient_id) from appointments.
        builder.HasAlternateKey(p => new { p.ClinicId, p.Id }).HasName("ak_patients_clinic_id_id");
        builder.Property(p => p.Name).HasMaxLength(Patient.MaxNameLength);
        builder.Property(p => p.Phone).HasMaxLength(ContactRules.MaxPhoneLength);
        builder.Property(p => p.Email).HasMaxLength(ContactRules.MaxEmailLength);
        builder.Property(p => p.RowVersion).IsRowVersion();
        builder.Ignore(p => p.Details);

        // Unique per clinic, not globally: two clinics may treat the same person.
        builder.HasIndex(p => new { p.ClinicId, p.Phone }).IsUnique().HasDatabaseName(PhoneIndex);
        builder.HasIndex(p => new { p.ClinicId, p.Name }).HasDatabaseName("ix_patients_clinic_id_name");
    }
}
