using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Tests.Database;

public sealed class UpgradeTests
{
    [Fact]
    public async Task Renaming_the_clinic_replicas_changed_at_column_keeps_every_clinics_details_and_time()
    {
        var servers = await TestServers.GetAsync();
        var options = new DbContextOptionsBuilder<SchedulingDbContext>().UseNpgsql(await servers.CreateDatabaseAsync("scheduling-upgrade")).Options;
        await using var db = new SchedulingDbContext(options, new NoTenant());
        var clinicId = Guid.CreateVersion7();
        var changedAt = new DateTimeOffset(2026, 11, 30, 8, 15, 30, 123, TimeSpan.Zero);

        var rows = await UpgradeCheck.RowsAfterUpgradeAsync(db, "20261203095414_UserAccess",
            $"INSERT INTO clinics (clinic_id, name, time_zone, slot_step_minutes, changed_at) VALUES ('{clinicId}', 'Sunrise', 'Europe/Berlin', 20, '{changedAt:O}')",
            "SELECT clinic_id, name, time_zone, slot_step_minutes, updated_at FROM clinics");

        var row = Assert.Single(rows);
        Assert.Equal((clinicId, "Sunrise", "Europe/Berlin", 20), ((Guid)row[0], (string)row[1], (string)row[2], (int)row[3]));
        Assert.Equal(changedAt, new DateTimeOffset((DateTime)row[4]));
    }
}
