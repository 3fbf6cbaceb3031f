using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Billing.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class PaymentUsers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "marked_by",
                table: "payments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "recorded_by",
                table: "payments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "refunded_by",
                table: "payments",
                type: "uuid",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "marked_by",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "recorded_by",
                table: "payments");

            migrationBuilder.DropColumn(
                name: "refunded_by",
                table: "payments");
        }
    }
}
