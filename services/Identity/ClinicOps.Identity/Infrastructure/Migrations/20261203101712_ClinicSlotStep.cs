using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Identity.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClinicSlotStep : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "slot_step_minutes",
                table: "clinics",
                type: "integer",
                nullable: false,
                defaultValue: 15);

            migrationBuilder.AddCheckConstraint(
                name: "ck_clinics_slot_step",
                table: "clinics",
                sql: "slot_step_minutes BETWEEN 5 AND 60 AND slot_step_minutes % 5 = 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_clinics_slot_step",
                table: "clinics");

            migrationBuilder.DropColumn(
                name: "slot_step_minutes",
                table: "clinics");
        }
    }
}
