using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Scheduling.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class SchedulingRules : Migration
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

            migrationBuilder.AddColumn<Guid>(
                name: "appointment_type_id",
                table: "appointments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "price",
                table: "appointments",
                type: "numeric(12,2)",
                precision: 12,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "appointment_types",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    duration_minutes = table.Column<int>(type: "integer", nullable: false),
                    price = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    color = table.Column<string>(type: "character(7)", fixedLength: true, maxLength: 7, nullable: true),
                    archived_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appointment_types", x => x.id);
                    table.UniqueConstraint("ak_appointment_types_clinic_id_id", x => new { x.clinic_id, x.id });
                    table.CheckConstraint("ck_appointment_types_color", "color ~ '^#[0-9A-F]{6}$'");
                    table.CheckConstraint("ck_appointment_types_duration", "duration_minutes BETWEEN 5 AND 480");
                    table.CheckConstraint("ck_appointment_types_name", "btrim(name) <> ''");
                    table.CheckConstraint("ck_appointment_types_price", "price >= 0");
                });

            migrationBuilder.CreateTable(
                name: "time_off",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    doctor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    starts_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ends_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    reason = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_time_off", x => x.id);
                    table.CheckConstraint("ck_time_off_range", "ends_at > starts_at");
                    table.ForeignKey(
                        name: "fk_time_off_doctors",
                        columns: x => new { x.clinic_id, x.doctor_id },
                        principalTable: "doctors",
                        principalColumns: new[] { "clinic_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "working_hours",
                columns: table => new
                {
                    clinic_id = table.Column<Guid>(type: "uuid", nullable: false),
                    doctor_id = table.Column<Guid>(type: "uuid", nullable: false),
                    day = table.Column<int>(type: "integer", nullable: false),
                    start_minute = table.Column<int>(type: "integer", nullable: false),
                    end_minute = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_working_hours", x => new { x.clinic_id, x.doctor_id, x.day, x.start_minute });
                    table.CheckConstraint("ck_working_hours_boundary", "start_minute % 5 = 0 AND end_minute % 5 = 0");
                    table.CheckConstraint("ck_working_hours_day", "day BETWEEN 1 AND 7");
                    table.CheckConstraint("ck_working_hours_interval", "start_minute >= 0 AND end_minute <= 1440 AND start_minute < end_minute");
                    table.ForeignKey(
                        name: "fk_working_hours_doctors",
                        columns: x => new { x.clinic_id, x.doctor_id },
                        principalTable: "doctors",
                        principalColumns: new[] { "clinic_id", "id" },
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.AddCheckConstraint(
                name: "ck_clinics_slot_step",
                table: "clinics",
                sql: "slot_step_minutes BETWEEN 5 AND 60 AND slot_step_minutes % 5 = 0");

            migrationBuilder.CreateIndex(
                name: "ix_appointments_clinic_id_appointment_type_id",
                table: "appointments",
                columns: new[] { "clinic_id", "appointment_type_id" });

            migrationBuilder.AddCheckConstraint(
                name: "ck_appointments_price",
                table: "appointments",
                sql: "price >= 0");

            migrationBuilder.CreateIndex(
                name: "ix_time_off_clinic_id_doctor_id_starts_at",
                table: "time_off",
                columns: new[] { "clinic_id", "doctor_id", "starts_at" });

            migrationBuilder.AddForeignKey(
                name: "fk_appointments_appointment_types",
                table: "appointments",
                columns: new[] { "clinic_id", "appointment_type_id" },
                principalTable: "appointment_types",
                principalColumns: new[] { "clinic_id", "id" },
                onDelete: ReferentialAction.Restrict);

            // Not in the EF model (an expression index and an exclusion constraint): their names are in the configurations.
            migrationBuilder.Sql(
                """
                CREATE UNIQUE INDEX ux_appointment_types_clinic_id_lower_name
                    ON appointment_types (clinic_id, lower(name)) WHERE archived_at IS NULL;
                ALTER TABLE working_hours ADD CONSTRAINT ex_working_hours_no_overlap
                    EXCLUDE USING gist (clinic_id WITH =, doctor_id WITH =, day WITH =, int4range(start_minute, end_minute) WITH &&);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(
                """
                ALTER TABLE working_hours DROP CONSTRAINT IF EXISTS ex_working_hours_no_overlap;
                DROP INDEX IF EXISTS ux_appointment_types_clinic_id_lower_name;
                """);

            migrationBuilder.DropForeignKey(
                name: "fk_appointments_appointment_types",
                table: "appointments");

            migrationBuilder.DropTable(
                name: "appointment_types");

            migrationBuilder.DropTable(
                name: "time_off");

            migrationBuilder.DropTable(
                name: "working_hours");

            migrationBuilder.DropCheckConstraint(
                name: "ck_clinics_slot_step",
                table: "clinics");

            migrationBuilder.DropIndex(
                name: "ix_appointments_clinic_id_appointment_type_id",
                table: "appointments");

            migrationBuilder.DropCheckConstraint(
                name: "ck_appointments_price",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "slot_step_minutes",
                table: "clinics");

            migrationBuilder.DropColumn(
                name: "appointment_type_id",
                table: "appointments");

            migrationBuilder.DropColumn(
                name: "price",
                table: "appointments");
        }
    }
}
