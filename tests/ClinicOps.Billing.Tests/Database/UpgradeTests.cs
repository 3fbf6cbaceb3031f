using ClinicOps.Billing.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using ClinicOps.Testing;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Billing.Tests.Database;

public sealed class UpgradeTests
{
    [Fact]
    public async Task Renaming_the_clinic_replicas_as_of_column_keeps_every_clinics_currency_and_time()
    {
        var servers = await TestServers.GetAsync();
        var options = new DbContextOptionsBuilder<BillingDbContext>().UseNpgsql(await servers.CreateDatabaseAsync("billing-upgrade")).Options;
        await using var db = new BillingDbContext(options, new NoTenant());
        var clinicId = Guid.CreateVersion7();
        var asOf = new DateTimeOffset(2026, 11, 30, 8, 15, 30, 123, TimeSpan.Zero);

        var rows = await UpgradeCheck.RowsAfterUpgradeAsync(db, "20261203102724_AppointmentPrice",
            $"INSERT INTO clinics (clinic_id, currency, as_of) VALUES ('{clinicId}', 'EUR', '{asOf:O}')",
            "SELECT clinic_id, currency, updated_at FROM clinics");

        var row = Assert.Single(rows);
        Assert.Equal(clinicId, row[0]);
        Assert.Equal("EUR", row[1]);
        Assert.Equal(asOf, new DateTimeOffset((DateTime)row[2]));
    }
}
