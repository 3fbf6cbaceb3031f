using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Analytics.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class EventLogRecordedAt : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "recorded_at",
                table: "event_log",
                type: "timestamp with time zone",
                nullable: false,
                defaultValueSql: "clock_timestamp()");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "recorded_at",
                table: "event_log");
        }
    }
}
