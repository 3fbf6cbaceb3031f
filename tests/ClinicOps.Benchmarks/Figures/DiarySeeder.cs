using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Writes a clinic's diary (<see cref="DiaryShape"/>) straight into scheduling's database through scheduling's own model:
/// each appointment is booked (the day before it) and the past ones completed, as the service would have. No events are
/// written, so the other services never hear of them: the figure reads scheduling only.
/// </summary>
internal sealed class DiarySeeder(string connectionString)
{
    private const int Batch = 1000;

    public async Task SeedAsync(Guid clinicId, IReadOnlyList<Guid> doctors, IReadOnlyList<Guid> patients, DiaryShape shape,
        CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<SchedulingDbContext>().UseNpgsql(connectionString).Options;
        var visits = shape.Visits().ToList();
        for (var first = 0; first < visits.Count; first += Batch)
        {
            await using var db = new SchedulingDbContext(options, new SeedingTenant(clinicId));
            foreach (var (visit, i) in visits.Skip(first).Take(Batch).Select((v, i) => (v, first + i)))
            {
                var appointment = Appointment.Book(doctors[visit.Doctor], patients[i % patients.Count],
                    new AppointmentSlot(visit.StartsAt, DiaryShape.VisitMinutes), null, visit.StartsAt.AddDays(-1));
                if (!visit.Upcoming)
                {
                    appointment.Complete();
                }

                db.Appointments.Add(appointment);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        // Fresh statistics, as autovacuum would have after months of bookings, so the planner sees the table as it is.
        await using var context = new SchedulingDbContext(options, new SeedingTenant(clinicId));
        var table = context.Model.FindEntityType(typeof(Appointment))!.GetTableName()!;
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await using var analyze = new NpgsqlCommand("ANALYZE \"" + table.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", connection);
        await analyze.ExecuteNonQueryAsync(cancellationToken);
    }
}
