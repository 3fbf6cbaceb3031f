using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Scheduling.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class ErasureAnonymisedPatients : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "phone",
                table: "patients",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "anonymized_at",
                table: "patients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_patients_anonymized",
                table: "patients",
                sql: "(anonymized_at IS NULL AND phone IS NOT NULL) OR (anonymized_at IS NOT NULL AND phone IS NULL AND email IS NULL AND date_of_birth IS NULL)");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_patients_anonymized",
                table: "patients");

            migrationBuilder.DropColumn(
                name: "anonymized_at",
                table: "patients");

            migrationBuilder.AlterColumn<string>(
                name: "phone",
                table: "patients",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                defaultValue: "",
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16,
                oldNullable: true);
        }
    }
}
