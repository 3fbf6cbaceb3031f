using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class TimeOffConfiguration : IEntityTypeConfiguration<TimeOff>
{
    public void Configure(EntityTypeBuilder<TimeOff> builder)
    {
        builder.ToTable("time_off", table => table.HasCheckConstraint("ck_time_off_range", "ends_at > starts_at"));
        builder.HasKey(t => t.Id).HasName("pk_time_off");
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Reason).HasMaxLength(TimeOff.MaxReasonLength);
        builder.Ignore(t => t.Range);

        builder.HasOne<Doctor>().WithMany()
            .HasForeignKey(t => new { t.ClinicId, t.DoctorId })
            .HasPrincipalKey(d => new { d.ClinicId, d.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_time_off_doctors");

        builder.HasIndex(t => new { t.ClinicId, t.DoctorId, t.StartsAt }).HasDatabaseName("ix_time_off_clinic_id_doctor_id_starts_at");
    }
}
