using System.Text;
using Microsoft.EntityFrameworkCore;

namespace ClinicOps.ServiceDefaults.Data;

public static class SnakeCaseColumns
{
    /// <summary>
    /// Names every column of the model in snake_case (ClinicId → clinic_id, StartsAt → starts_at), so no entity
    /// configuration writes a column name. The xmin row version keeps the name Npgsql gives it.
    /// </summary>
    public static ModelBuilder UseSnakeCaseColumns(this ModelBuilder modelBuilder)
    {
        foreach (var property in modelBuilder.Model.GetEntityTypes().SelectMany(t => t.GetDeclaredProperties()))
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
            if (char.IsUpper(name[i]) && i > 0)
            {
                builder.Append('_');
            }

            builder.Append(char.ToLowerInvariant(name[i]));
        }

        return builder.ToString();
    }
}
