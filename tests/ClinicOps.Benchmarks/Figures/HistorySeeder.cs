using ClinicOps.Contracts.Scheduling;
using ClinicOps.Scheduling.Infrastructure;
using ClinicOps.Scheduling.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Writes a clinic's history (<see cref="SeedShape"/>) straight into scheduling's database with binary COPY, each
/// appointment built by scheduling's own model as the service would have: booked the day before it, then completed,
/// cancelled or marked a no-show. No events are written: the analytics read model is seeded beside it with the same
/// appointments (<see cref="AnalyticsSeeder"/>). Answers the appointments' ids, in the shape's order.
/// </summary>
public sealed class HistorySeeder(string connectionString)
{
    public const int VisitMinutes = 15;

    public async Task<IReadOnlyList<Guid>> SeedAsync(Guid clinicId, IReadOnlyList<Guid> doctors, IReadOnlyList<Guid> patients, SeedShape shape,
        CancellationToken cancellationToken)
    {
        var options = new DbContextOptionsBuilder<SchedulingDbContext>().UseNpgsql(connectionString).Options;
        await using var db = new SchedulingDbContext(options, new SeedingTenant(clinicId));
        var model = db.GetService<IDesignTimeModel>().Model;
        var ids = new Guid[shape.Count];

        IEnumerable<Appointment> Appointments()
        {
            for (var i = 0; i < shape.Count; i++)
            {
                var startsAt = shape.StartOf(i);
                var appointment = Appointment.Book(doctors[i % doctors.Count], patients[i % patients.Count],
                    new AppointmentSlot(startsAt, VisitMinutes), null, startsAt.AddDays(-1));
                appointment.ClinicId = clinicId;
                switch (shape.StatusOf(i))
                {
                    case AppointmentStatuses.Completed:
                        appointment.Complete();
                        break;
                    case AppointmentStatuses.Cancelled:
                        appointment.Cancel("seeded history");
                        break;
                    case AppointmentStatuses.NoShow:
                        appointment.MarkNoShow(startsAt.AddMinutes(VisitMinutes));
                        break;
                }

                ids[i] = appointment.Id;
                yield return appointment;
            }
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await EntityCopy.WriteAsync(connection, model, Appointments(), cancellationToken);
        // Fresh statistics, as autovacuum would have after years of bookings, so the planner sees the table as it is.
        await using var analyze = new NpgsqlCommand($"ANALYZE {EntityCopy.Quote(model.FindEntityType(typeof(Appointment))!.GetTableName()!)}", connection)
        {
            CommandTimeout = 600,
        };
        await analyze.ExecuteNonQueryAsync(cancellationToken);
        return ids;
    }
}
