using System.Diagnostics;
using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Services;
using ClinicOps.Analytics.Tests.Infrastructure;
using ClinicOps.ServiceDefaults.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace ClinicOps.Analytics.Tests;

/// <summary>The dashboard must not scan a clinic's facts: figures come from counter rows and one partial index.</summary>
[Collection(AnalyticsCollection.Name)]
public sealed class ScaleTests(AnalyticsFactory factory, ITestOutputHelper output)
{
    private const int PastAppointments = 200_000;
    private const int FutureAppointments = 40;

    [Fact]
    public async Task Upcoming_counts_use_the_partial_index_even_with_hundreds_of_thousands_of_appointments()
    {
        var clinicId = Guid.CreateVersion7();
        var (doctorA, doctorB) = (Guid.CreateVersion7(), Guid.CreateVersion7());
        await factory.Feed.InDatabaseAsync(db => db.Database.ExecuteSqlAsync($"""
            INSERT INTO appointment_facts (clinic_id, appointment_id, doctor_id, starts_at, status, deleted, version)
            SELECT {clinicId}, gen_random_uuid(), CASE WHEN i % 2 = 0 THEN {doctorA} ELSE {doctorB} END,
                   now() - make_interval(mins => i), CASE WHEN i % 10 = 0 THEN 'cancelled' ELSE 'completed' END, false, 2
            FROM generate_series(1, {PastAppointments}) AS i;
            INSERT INTO appointment_facts (clinic_id, appointment_id, doctor_id, starts_at, status, deleted, version)
            SELECT {clinicId}, gen_random_uuid(), {doctorA}, now() + make_interval(hours => i), 'scheduled', false, 1
            FROM generate_series(1, {FutureAppointments}) AS i;
            ANALYZE appointment_facts;
            """));

        await using var scope = factory.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ITenantContext>().Use(clinicId);
        var queries = scope.ServiceProvider.GetRequiredService<DashboardQueries>();
        var db = scope.ServiceProvider.GetRequiredService<AnalyticsDbContext>();

        foreach (var query in new IQueryable[] { queries.Upcoming(), queries.UpcomingByDoctor() })
        {
            var plan = await ExplainAsync(db, query);
            output.WriteLine(plan);
            Assert.Contains("ix_appointment_facts_upcoming", plan);
            Assert.DoesNotContain("Seq Scan", plan);
        }

        // The dashboard's own statement counts inside the database too (not as a separate query run beforehand).
        var dashboardPlan = await ExplainAsync(db, queries.Figures());
        output.WriteLine(dashboardPlan);
        Assert.Contains("ix_appointment_facts_upcoming", dashboardPlan);

        var client = factory.ClientFor(clinicId);
        await client.DashboardAsync();
        var watch = Stopwatch.StartNew();
        var upcoming = (await client.DashboardAsync()).UpcomingAppointments;
        var doctors = await client.DoctorsAsync();
        output.WriteLine($"dashboard and doctors answered in {watch.ElapsedMilliseconds} ms");
        Assert.Equal(FutureAppointments, upcoming);
        Assert.Equal(FutureAppointments, doctors.Sum(d => d.Upcoming));
    }

    private static async Task<string> ExplainAsync(AnalyticsDbContext db, IQueryable query)
    {
        await using var command = query.CreateDbCommand();
        command.CommandText = "EXPLAIN " + command.CommandText;
        await db.Database.OpenConnectionAsync();
        try
        {
            await using var reader = await command.ExecuteReaderAsync();
            var lines = new List<string>();
            while (await reader.ReadAsync())
            {
                lines.Add(reader.GetString(0));
            }

            return string.Join('\n', lines);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}
