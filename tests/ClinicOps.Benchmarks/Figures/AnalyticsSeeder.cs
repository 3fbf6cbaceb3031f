using ClinicOps.Analytics.Infrastructure;
using ClinicOps.Analytics.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Seeds the analytics read model of one clinic in bulk: appointment facts with binary COPY, then the clinic's and its
/// doctors' counters raised by what was seeded (as the projection would have done one event at a time), then ANALYZE.
/// Table and column names come from the analytics DbContext's model, so a renamed column breaks the seeding loudly.
/// </summary>
public sealed class AnalyticsSeeder(string connectionString)
{
    private readonly IModel _model = BuildModel(connectionString);

    public async Task SeedAsync(Guid clinicId, IReadOnlyList<Guid> doctors, SeedShape shape, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(cancellationToken);
        await CopyFactsAsync(connection, clinicId, doctors, shape, cancellationToken);

        var statuses = Enumerable.Range(0, shape.Count).GroupBy(shape.StatusOf).ToDictionary(g => g.Key, g => g.Count());
        await RaiseAsync(connection, typeof(ClinicCounters), new() { [nameof(ClinicCounters.ClinicId)] = clinicId }, new()
        {
            [nameof(ClinicCounters.TotalAppointments)] = shape.Count,
            [nameof(ClinicCounters.ScheduledAppointments)] = statuses.GetValueOrDefault("scheduled"),
            [nameof(ClinicCounters.CompletedAppointments)] = statuses.GetValueOrDefault("completed"),
            [nameof(ClinicCounters.CancelledAppointments)] = statuses.GetValueOrDefault("cancelled"),
            [nameof(ClinicCounters.NoShowAppointments)] = statuses.GetValueOrDefault("no_show"),
        }, cancellationToken);
        for (var d = 0; d < doctors.Count; d++)
        {
            var mine = Enumerable.Range(0, shape.Count).Where(i => i % doctors.Count == d).Select(shape.StatusOf).ToArray();
            await RaiseAsync(connection, typeof(DoctorCounters),
                new() { [nameof(DoctorCounters.ClinicId)] = clinicId, [nameof(DoctorCounters.DoctorId)] = doctors[d] },
                new()
                {
                    [nameof(DoctorCounters.TotalAppointments)] = mine.Length,
                    [nameof(DoctorCounters.CompletedAppointments)] = mine.Count(s => s == "completed"),
                    [nameof(DoctorCounters.NoShowAppointments)] = mine.Count(s => s == "no_show"),
                }, cancellationToken);
        }

        foreach (var type in new[] { typeof(AppointmentFact), typeof(ClinicCounters), typeof(DoctorCounters) })
        {
            await ExecuteAsync(connection, $"ANALYZE {Table(type)}", [], cancellationToken);
        }
    }

    private async Task CopyFactsAsync(NpgsqlConnection connection, Guid clinicId, IReadOnlyList<Guid> doctors, SeedShape shape,
        CancellationToken cancellationToken)
    {
        var entity = Entity(typeof(AppointmentFact));
        Func<int, (object Value, NpgsqlDbType Type)> ValueOf(IProperty property) => property.Name switch
        {
            nameof(AppointmentFact.ClinicId) => _ => (clinicId, NpgsqlDbType.Uuid),
            nameof(AppointmentFact.AppointmentId) => _ => (Guid.CreateVersion7(), NpgsqlDbType.Uuid),
            nameof(AppointmentFact.DoctorId) => i => (doctors[i % doctors.Count], NpgsqlDbType.Uuid),
            nameof(AppointmentFact.StartsAt) => i => (shape.StartOf(i), NpgsqlDbType.TimestampTz),
            nameof(AppointmentFact.Status) => i => (shape.StatusOf(i), NpgsqlDbType.Text),
            nameof(AppointmentFact.Deleted) => _ => (false, NpgsqlDbType.Boolean),
            nameof(AppointmentFact.Version) => i => (shape.StatusOf(i) == "scheduled" ? 1 : 2, NpgsqlDbType.Integer),
            _ => throw new InvalidOperationException(
                $"{nameof(AppointmentFact)}.{property.Name} is new to the benchmark's seeder: teach it a value for the column."),
        };

        var columns = Stored(entity).Select(p => (Column: Column(entity, p), Value: ValueOf(p))).ToArray();
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {Table(typeof(AppointmentFact))} ({string.Join(", ", columns.Select(c => Quote(c.Column)))}) FROM STDIN (FORMAT BINARY)",
            cancellationToken);
        for (var i = 0; i < shape.Count; i++)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var (_, value) in columns)
            {
                var (v, type) = value(i);
                await writer.WriteAsync(v, type, cancellationToken);
            }
        }

        await writer.CompleteAsync(cancellationToken);
    }

    /// <summary>Makes sure the counter row exists (zeros), then adds <paramref name="increments"/> to it.</summary>
    private async Task RaiseAsync(NpgsqlConnection connection, Type type, Dictionary<string, object> key, Dictionary<string, int> increments,
        CancellationToken cancellationToken)
    {
        var entity = Entity(type);
        var required = Stored(entity).Where(p => !p.IsNullable && !key.ContainsKey(p.Name)).ToArray();
        var unknown = required.FirstOrDefault(p => p.ClrType != typeof(int) && p.ClrType != typeof(decimal));
        if (unknown is not null)
        {
            throw new InvalidOperationException($"{type.Name}.{unknown.Name} is new to the benchmark's seeder.");
        }

        var parameters = key.Select((k, i) => new NpgsqlParameter($"k{i}", k.Value)).ToList();
        var keyColumns = key.Keys.Select(k => Quote(Column(entity, entity.FindProperty(k)!))).ToArray();
        var keyParams = parameters.Select(p => "@" + p.ParameterName).ToArray();
        var insert = $"INSERT INTO {Table(type)} ({string.Join(", ", keyColumns.Concat(required.Select(p => Quote(Column(entity, p)))))}) " +
            $"VALUES ({string.Join(", ", keyParams.Concat(required.Select(_ => "0")))}) ON CONFLICT DO NOTHING";
        await ExecuteAsync(connection, insert, parameters, cancellationToken);

        var sets = increments.Select(i => Quote(Column(entity, entity.FindProperty(i.Key)!)))
            .Zip(increments.Values, (column, by) => $"{column} = {column} + {by}");
        var where = string.Join(" AND ", keyColumns.Zip(keyParams, (c, p) => $"{c} = {p}"));
        await ExecuteAsync(connection, $"UPDATE {Table(type)} SET {string.Join(", ", sets)} WHERE {where}",
            key.Select((k, i) => new NpgsqlParameter($"k{i}", k.Value)).ToList(), cancellationToken);
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

    private IEntityType Entity(Type type) =>
        _model.FindEntityType(type) ?? throw new InvalidOperationException($"{type.Name} is not in the analytics model.");

    private string Table(Type type)
    {
        var entity = Entity(type);
        return entity.GetSchema() is { } schema ? $"{Quote(schema)}.{Quote(entity.GetTableName()!)}" : Quote(entity.GetTableName()!);
    }

    /// <summary>The properties written by inserts (not xmin or other columns the database maintains itself).</summary>
    private static IEnumerable<IProperty> Stored(IEntityType entity) =>
        entity.GetProperties().Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate);

    private static string Column(IEntityType entity, IProperty property) =>
        property.GetColumnName(StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema()))
        ?? throw new InvalidOperationException($"{entity.DisplayName()}.{property.Name} has no column.");

    private static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static IModel BuildModel(string connectionString)
    {
        var options = new DbContextOptionsBuilder<AnalyticsDbContext>().UseNpgsql(connectionString).Options;
        using var db = new AnalyticsDbContext(options, new ModelOnlyTenant());
        return db.GetService<IDesignTimeModel>().Model;
    }
}
