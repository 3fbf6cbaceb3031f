using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Billing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ClinicUpdatedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "as_of",
                table: "clinics",
                newName: "updated_at");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.RenameColumn(
                name: "updated_at",
                table: "clinics",
                newName: "as_of");
        }
    }
}
