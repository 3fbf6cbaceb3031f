using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Analytics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ErasurePersonalDataAndDeletedDoctors : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "deleted_at",
                table: "doctors",
                type: "timestamp with time zone",
                nullable: true);

            // Events logged before analytics stopped keeping personal data: the same emptied properties as
            // PersonalData.Redacted writes now (a patient's name, phone and email; no event carries a date of birth).
            migrationBuilder.Sql("""
                UPDATE event_log SET payload = payload || '{"name": "", "phone": "", "email": null}'::jsonb
                WHERE type IN ('PatientRegistered', 'PatientUpdated');
                UPDATE event_log SET payload = payload || '{"patientName": "", "patientPhone": "", "patientEmail": null}'::jsonb
                WHERE type = 'AppointmentScheduled';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "deleted_at",
                table: "doctors");
        }
    }
}
