using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Analytics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class WiderRevenueTotals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "revenue",
                table: "doctor_counters",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(12,2)",
                oldPrecision: 12,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "revenue",
                table: "daily_revenue",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(12,2)",
                oldPrecision: 12,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "revenue",
                table: "clinic_counters",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(12,2)",
                oldPrecision: 12,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "pending_payments_amount",
                table: "clinic_counters",
                type: "numeric(24,2)",
                precision: 24,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(12,2)",
                oldPrecision: 12,
                oldScale: 2);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<decimal>(
                name: "revenue",
                table: "doctor_counters",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(24,2)",
                oldPrecision: 24,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "revenue",
                table: "daily_revenue",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(24,2)",
                oldPrecision: 24,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "revenue",
                table: "clinic_counters",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(24,2)",
                oldPrecision: 24,
                oldScale: 2);

            migrationBuilder.AlterColumn<decimal>(
                name: "pending_payments_amount",
                table: "clinic_counters",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: false,
                oldClrType: typeof(decimal),
                oldType: "numeric(24,2)",
                oldPrecision: 24,
                oldScale: 2);
        }
    }
}
