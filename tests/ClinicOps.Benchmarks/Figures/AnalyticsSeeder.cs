using System.Globalization;
using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using ClinicOps.Analytics.Services;
using ClinicOps.Contracts.Billing;
using ClinicOps.Contracts.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Seeds the analytics read model of one clinic in bulk, as its projection would have built it one event at a time:
/// an appointment fact per appointment and a paid payment per completed one (each built by the read model's own
/// classes from the event that would have brought it, written with binary COPY), the days' revenue computed by
/// analytics' own recalculation, the clinic's and its doctors' counters raised by what was seeded, then ANALYZE.
/// </summary>
public sealed class AnalyticsSeeder(string connectionString)
{
    public const decimal Price = 40.00m;
    public const string Currency = "GBP";

    private readonly DbContextOptions<AnalyticsDbContext> _options =
        new DbContextOptionsBuilder<AnalyticsDbContext>().UseNpgsql(connectionString).Options;

    /// <param name="appointments">The appointments' ids in scheduling, in the shape's order.</param>
    public async Task SeedAsync(Guid clinicId, IReadOnlyList<Guid> doctors, IReadOnlyList<Guid> appointments, SeedShape shape,
        TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var model = BuildModel();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await EntityCopy.WriteAsync(connection, model,
            Enumerable.Range(0, shape.Count).Select(i => AppointmentFact.From(Snapshot(clinicId, doctors, appointments, shape, i))), cancellationToken);
        await EntityCopy.WriteAsync(connection, model,
            Enumerable.Range(0, shape.Count).Where(i => IsPaid(shape, i)).Select(i => PaymentFact.From(Payment(clinicId, doctors, appointments, shape, i))),
            cancellationToken);

        await using (var db = new AnalyticsDbContext(_options, new SeedingTenant(clinicId)))
        {
            await new DailyRevenueRecalculator(db).RecalculateAsync(clinicId, zone, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
        }

        var statuses = Enumerable.Range(0, shape.Count).GroupBy(shape.StatusOf).ToDictionary(g => g.Key, g => g.Count());
        var paid = statuses.GetValueOrDefault(AppointmentStatuses.Completed);
        await RaiseAsync(connection, model, typeof(ClinicCounters), new() { [nameof(ClinicCounters.ClinicId)] = clinicId }, new()
        {
            [nameof(ClinicCounters.TotalAppointments)] = shape.Count,
            [nameof(ClinicCounters.ScheduledAppointments)] = statuses.GetValueOrDefault(AppointmentStatuses.Scheduled),
            [nameof(ClinicCounters.CompletedAppointments)] = paid,
            [nameof(ClinicCounters.CancelledAppointments)] = statuses.GetValueOrDefault(AppointmentStatuses.Cancelled),
            [nameof(ClinicCounters.NoShowAppointments)] = statuses.GetValueOrDefault(AppointmentStatuses.NoShow),
            [nameof(ClinicCounters.Revenue)] = paid * Price,
        }, cancellationToken);
        for (var d = 0; d < doctors.Count; d++)
        {
            var mine = Enumerable.Range(0, shape.Count).Where(i => i % doctors.Count == d).Select(shape.StatusOf).ToArray();
            var completed = mine.Count(s => s == AppointmentStatuses.Completed);
            await RaiseAsync(connection, model, typeof(DoctorCounters),
                new() { [nameof(DoctorCounters.ClinicId)] = clinicId, [nameof(DoctorCounters.DoctorId)] = doctors[d] },
                new()
                {
                    [nameof(DoctorCounters.TotalAppointments)] = mine.Length,
                    [nameof(DoctorCounters.CompletedAppointments)] = completed,
                    [nameof(DoctorCounters.NoShowAppointments)] = mine.Count(s => s == AppointmentStatuses.NoShow),
                    [nameof(DoctorCounters.Revenue)] = completed * Price,
                }, cancellationToken);
        }

        foreach (var type in new[] { typeof(AppointmentFact), typeof(PaymentFact), typeof(DailyRevenue), typeof(ClinicCounters), typeof(DoctorCounters) })
        {
            await ExecuteAsync(connection, $"ANALYZE {Table(model, type)}", [], cancellationToken);
        }
    }

    /// <summary>A completed visit was paid for by card when it ended.</summary>
    public static bool IsPaid(SeedShape shape, int index) => shape.StatusOf(index) == AppointmentStatuses.Completed;

    private static AppointmentSnapshot Snapshot(Guid clinicId, IReadOnlyList<Guid> doctors, IReadOnlyList<Guid> appointments, SeedShape shape, int i)
    {
        var startsAt = shape.StartOf(i);
        var (id, doctor, endsAt) = (appointments[i], doctors[i % doctors.Count], startsAt.AddMinutes(HistorySeeder.VisitMinutes));
        return shape.StatusOf(i) switch
        {
            AppointmentStatuses.Scheduled => new AppointmentScheduled
            {
                ClinicId = clinicId, OccurredAt = startsAt.AddDays(-1), AppointmentId = id, Version = 1, DoctorId = doctor, PatientId = Guid.Empty,
                StartsAt = startsAt, EndsAt = endsAt, Status = AppointmentStatuses.Scheduled,
                DoctorName = "(seeded)", PatientName = "(seeded)", PatientPhone = "(seeded)",
            },
            AppointmentStatuses.Completed => new AppointmentCompleted
            {
                ClinicId = clinicId, OccurredAt = endsAt, AppointmentId = id, Version = 2, DoctorId = doctor, PatientId = Guid.Empty,
                StartsAt = startsAt, EndsAt = endsAt, Status = AppointmentStatuses.Completed,
            },
            AppointmentStatuses.Cancelled => new AppointmentCancelled
            {
                ClinicId = clinicId, OccurredAt = startsAt.AddHours(-2), AppointmentId = id, Version = 2, DoctorId = doctor, PatientId = Guid.Empty,
                StartsAt = startsAt, EndsAt = endsAt, Status = AppointmentStatuses.Cancelled,
            },
            var status => new AppointmentMarkedNoShow
            {
                ClinicId = clinicId, OccurredAt = endsAt, AppointmentId = id, Version = 2, DoctorId = doctor, PatientId = Guid.Empty,
                StartsAt = startsAt, EndsAt = endsAt, Status = status,
            },
        };
    }

    private static PaymentPaid Payment(Guid clinicId, IReadOnlyList<Guid> doctors, IReadOnlyList<Guid> appointments, SeedShape shape, int i)
    {
        var paidAt = shape.StartOf(i).AddMinutes(HistorySeeder.VisitMinutes);
        return new PaymentPaid
        {
            ClinicId = clinicId, OccurredAt = paidAt, PaymentId = Guid.CreateVersion7(paidAt), Version = 1, AppointmentId = appointments[i],
            DoctorId = doctors[i % doctors.Count], Amount = Price, Currency = Currency, Method = "card", Status = PaymentStatuses.Paid, PaidAt = paidAt,
        };
    }

    /// <summary>Makes sure the counter row exists (zeros), then adds <paramref name="increments"/> to it.</summary>
    private static async Task RaiseAsync(NpgsqlConnection connection, IModel model, Type type, Dictionary<string, object> key,
        Dictionary<string, decimal> increments, CancellationToken cancellationToken)
    {
        var entity = Entity(model, type);
        var required = entity.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate && !p.IsNullable && !key.ContainsKey(p.Name)).ToArray();
        var unknown = required.FirstOrDefault(p => p.ClrType != typeof(int) && p.ClrType != typeof(decimal));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"{type.Name}.{unknown.Name} is new to the benchmark's seeder.");
        }

        NpgsqlParameter[] Parameters() => [.. key.Select((k, i) => new NpgsqlParameter($"k{i}", k.Value))];
        var keyColumns = key.Keys.Select(k => EntityCopy.Quote(Column(entity, entity.FindProperty(k)!))).ToArray();
        var keyParams = key.Keys.Select((_, i) => $"@k{i}").ToArray();
        var insert = $"INSERT INTO {Table(model, type)} ({string.Join(", ", keyColumns.Concat(required.Select(p => EntityCopy.Quote(Column(entity, p)))))}) " +
            $"VALUES ({string.Join(", ", keyParams.Concat(required.Select(_ => "0")))}) ON CONFLICT DO NOTHING";
        await ExecuteAsync(connection, insert, Parameters(), cancellationToken);

        var sets = increments.Select(i => (Column: EntityCopy.Quote(Column(entity, entity.FindProperty(i.Key)!)), By: i.Value.ToString(CultureInfo.InvariantCulture)))
            .Select(i => $"{i.Column} = {i.Column} + {i.By}");
        var where = string.Join(" AND ", keyColumns.Zip(keyParams, (c, p) => $"{c} = {p}"));
        await ExecuteAsync(connection, $"UPDATE {Table(model, type)} SET {string.Join(", ", sets)} WHERE {where}", Parameters(), cancellationToken);
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, IReadOnlyList<NpgsqlParameter> parameters,
        CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        foreach (var parameter in parameters)
        {
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static IEntityType Entity(IModel model, Type type) =>
        model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the analytics model.");

    private static string Table(IModel model, Type type)
    {
        var entity = Entity(model, type);
        return entity.GetSchema() is { } schema
            ? $"{EntityCopy.Quote(schema)}.{EntityCopy.Quote(entity.GetTableName()!)}"
            : EntityCopy.Quote(entity.GetTableName()!);
    }

    private static string Column(IEntityType entity, IProperty property) =>
        property.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))
        ?? throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name} has no column.");

    private IModel BuildModel()
    {
        using var db = new AnalyticsDbContext(_options, new ModelOnlyTenant());
        return db.GetService<IDesignTimeModel>().Model;
    }
}
