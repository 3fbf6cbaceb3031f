using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Reminders.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ReminderSendingLease : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_reminders_status",
                table: "reminders");

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "lease_expires_at",
                table: "reminders",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_reminders_lease_expires_at",
                table: "reminders",
                column: "lease_expires_at",
                filter: "status = 'sending'");

            migrationBuilder.AddCheckConstraint(
                name: "ck_reminders_status",
                table: "reminders",
                sql: "status IN ('pending', 'sent', 'failed', 'cancelled', 'sending')");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_reminders_lease_expires_at",
                table: "reminders");

            migrationBuilder.DropCheckConstraint(
                name: "ck_reminders_status",
                table: "reminders");

            migrationBuilder.DropColumn(
                name: "lease_expires_at",
                table: "reminders");

            migrationBuilder.AddCheckConstraint(
                name: "ck_reminders_status",
                table: "reminders",
                sql: "status IN ('pending', 'sent', 'failed', 'cancelled')");
        }
    }
}
