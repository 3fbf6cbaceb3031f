using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Billing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AppointmentPrice : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "price",
                table: "appointments",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_appointments_price",
                table: "appointments",
                sql: "price >= 0");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_appointments_price",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "price",
                table: "appointments");
        }
    }
}
