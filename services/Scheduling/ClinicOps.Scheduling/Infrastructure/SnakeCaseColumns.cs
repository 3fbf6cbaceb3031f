using System.Reflection;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.Scheduling.Infrastructure;

internal static class SnakeCaseColumns
{
    /// <summary>
    /// Names the columns of this service's own entities in snake_case (clinic_id, starts_at). The xmin row version is
    /// left to Npgsql, and entities from other assemblies (outbox, inbox) keep the names their owner gave them.
    /// </summary>
    public static ModelBuilder UseSnakeCaseColumns(this ModelBuilder modelBuilder, Assembly assembly)
    {
        var entityTypes = modelBuilder.Model.GetEntityTypes().Where(t => t.ClrType.Assembly == assembly);
        foreach (var property in entityTypes.SelectMany(t => t.GetDeclaredProperties()))
        {
            if (property.IsConcurrencyToken && property.ClrType == typeof(uint))
            {
                continue;
            }

            property.SetColumnName(ToSnakeCase(property.Name));
        }

        return modelBuilder;
    }

    public static string ToSnakeCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
