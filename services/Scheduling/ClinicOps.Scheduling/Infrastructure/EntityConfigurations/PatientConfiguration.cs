using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class PatientConfiguration : IEntityTypeConfiguration<Patient>
{
    public const string PhoneIndex = "ix_patients_clinic_id_phone";
    public const string AnonymizedConstraint = "ck_patients_anonymized";

    public void Configure(EntityTypeBuilder<Patient> builder)
    {
        // A patient has a phone until anonymised, and an anonymised one has no contact details or date of birth left.
        builder.ToTable("patients", table => table.HasCheckConstraint(AnonymizedConstraint,
            "(anonymized_at IS NULL AND phone IS NOT NULL) OR "
            + "(anonymized_at IS NOT NULL AND phone IS NULL AND email IS NULL AND date_of_birth IS NULL)"));
        builder.HasKey(p => p.Id).HasName("pk_patients");
        builder.Property(p => p.Id).ValueGeneratedNever();
        // The target of the composite foreign key (clinic_id, patient_id) from appointments.
        builder.HasAlternateKey(p => new { p.ClinicId, p.Id }).HasName("ak_patients_clinic_id_id");
        builder.Property(p => p.Name).HasMaxLength(Patient.MaxNameLength);
        builder.Property(p => p.Phone).HasMaxLength(ContactRules.MaxPhoneLength);
        builder.Property(p => p.Email).HasMaxLength(ContactRules.MaxEmailLength);
        builder.Property(p => p.RowVersion).IsRowVersion();
        builder.Ignore(p => p.IsAnonymized);

        // Unique per clinic, not globally: two clinics may treat the same person. Anonymised patients (no phone) do not meet here.
        builder.HasIndex(p => new { p.ClinicId, p.Phone }).IsUnique().HasDatabaseName(PhoneIndex);
        builder.HasIndex(p => new { p.ClinicId, p.Name }).HasDatabaseName("ix_patients_clinic_id_name");
    }
}
