using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ClinicOps.Scheduling.Infrastructure.Migrations
{
    /// <inheritdoc />
    public partial class AuditTrail : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Only the model changes: audit.entries is created outside migrations (see ClinicOps.ServiceDefaults.Audit.AuditTable).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
