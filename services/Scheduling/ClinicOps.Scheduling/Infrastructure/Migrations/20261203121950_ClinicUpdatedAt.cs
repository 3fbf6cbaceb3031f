using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Scheduling.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClinicUpdatedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "changed_at",
                table: "clinics",
                newName: "updated_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "updated_at",
                table: "clinics",
                newName: "changed_at");
        }
    }
}
