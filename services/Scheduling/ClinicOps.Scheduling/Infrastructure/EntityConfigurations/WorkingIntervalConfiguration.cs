using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Scheduling.Infrastructure.EntityConfigurations;

internal sealed class WorkingIntervalConfiguration : IEntityTypeConfiguration<WorkingInterval>
{
    /// <summary>No two intervals of one doctor's day overlap; created by the migration's SQL.</summary>
    public const string NoOverlapConstraint = "ex_working_hours_no_overlap";

    public void Configure(EntityTypeBuilder<WorkingInterval> builder)
    {
        builder.ToTable("working_hours", table =>
        {
            table.HasCheckConstraint("ck_working_hours_day", "day BETWEEN 1 AND 7");
            table.HasCheckConstraint("ck_working_hours_interval",
                $"start_minute >= 0 AND end_minute <= {LocalInterval.MinutesPerDay} AND start_minute < end_minute");
            table.HasCheckConstraint("ck_working_hours_boundary",
                $"start_minute % {WeeklyHours.BoundaryMinutes} = 0 AND end_minute % {WeeklyHours.BoundaryMinutes} = 0");
        });
        builder.HasKey(w => new { w.ClinicId, w.DoctorId, w.Day, w.StartMinute }).HasName("pk_working_hours");

        // The hours belong to the doctor: they go with it, and never to another clinic's doctor.
        builder.HasOne<Doctor>().WithMany()
            .HasForeignKey(w => new { w.ClinicId, w.DoctorId })
            .HasPrincipalKey(d => new { d.ClinicId, d.Id })
            .OnDelete(DeleteBehavior.Cascade)
            .HasConstraintName("fk_working_hours_doctors");
    }
}
