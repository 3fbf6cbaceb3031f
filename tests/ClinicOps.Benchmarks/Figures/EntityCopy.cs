using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Npgsql;
using NpgsqlTypes;

namespace ClinicOps.Benchmarks.Figures;

/// <summary>
/// Writes entities of one type into their table with binary COPY, through the service's own EF model: every column
/// the entity stores (not xmin or others the database maintains), each value read from the entity as EF would read
/// it. A column the copier has no PostgreSQL type for stops the seeding with its name, rather than writing it wrong.
/// </summary>
public static class EntityCopy
{
    public static async Task<ulong> WriteAsync<T>(NpgsqlConnection connection, IModel model, IEnumerable<T> entities, CancellationToken cancellationToken)
        where T : class
    {
        var entity = model.FindEntityType(typeof(T)) ?? throw new InvalidOperationException($"{typeof(T).Name} is not in the model.");
        var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
        var columns = entity.GetProperties()
            .Where(p => p.ValueGenerated != ValueGenerated.OnAddOrUpdate && p.GetColumnName(table) is not null)
            .Select(p => (Name: p.GetColumnName(table)!, Getter: p.GetGetter(), Converter: p.GetTypeMapping().Converter, Type: DbTypeOf(p)))
            .ToArray();
        var tableName = table.Schema is { } schema ? $"{Quote(schema)}.{Quote(table.Name)}" : Quote(table.Name);
        await using var writer = await connection.BeginBinaryImportAsync(
            $"COPY {tableName} ({string.Join(", ", columns.Select(c => Quote(c.Name)))}) FROM STDIN (FORMAT BINARY)", cancellationToken);
        writer.Timeout = TimeSpan.FromMinutes(10);
        foreach (var row in entities)
        {
            await writer.StartRowAsync(cancellationToken);
            foreach (var (_, getter, converter, type) in columns)
            {
                var value = getter.GetClrValue(row);
                if (value is not null && converter is not null)
                {
                    value = converter.ConvertToProvider(value);
                }

                if (value is null)
                {
                    await writer.WriteNullAsync(cancellationToken);
                }
                else
                {
                    await writer.WriteAsync(value is DateTimeOffset at ? at.ToUniversalTime() : value, type, cancellationToken);
                }
            }
        }

        return await writer.CompleteAsync(cancellationToken);
    }

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";

    private static NpgsqlDbType DbTypeOf(IProperty property)
    {
        var type = property.GetTypeMapping().Converter?.ProviderClrType ?? property.ClrType;
        type = Nullable.GetUnderlyingType(type) ?? type;
        return type switch
        {
            _ when type == typeof(Guid) => NpgsqlDbType.Uuid,
            _ when type == typeof(DateTimeOffset) => NpgsqlDbType.TimestampTz,
            _ when type == typeof(DateOnly) => NpgsqlDbType.Date,
            _ when type == typeof(int) => NpgsqlDbType.Integer,
            _ when type == typeof(long) => NpgsqlDbType.Bigint,
            _ when type == typeof(bool) => NpgsqlDbType.Boolean,
            _ when type == typeof(decimal) => NpgsqlDbType.Numeric,
            _ when type == typeof(string) => NpgsqlDbType.Text,
            _ => throw new InvalidOperationException(
                $"{property.DeclaringType.DisplayName()}.{property.Name} ({type.Name}) is new to the benchmark's seeding: teach EntityCopy its PostgreSQL type."),
        };
    }
}
