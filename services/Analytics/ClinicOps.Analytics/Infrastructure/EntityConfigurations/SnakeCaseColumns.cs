using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ClinicOps.Analytics.Infrastructure.EntityConfigurations;

internal static class SnakeCaseColumns
{
    /// <summary>Names every column of the entity in snake_case (ClinicId → clinic_id), as the rest of the schema is.</summary>
    public static void UseSnakeCaseColumns<T>(this EntityTypeBuilder<T> builder) where T : class
    {
        foreach (var property in builder.Metadata.GetDeclaredProperties())
        {
            builder.Property(property.Name).HasColumnName(ToSnakeCase(property.Name));
        }
    }

    private static string ToSnakeCase(string name)
    {
        var sb = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
            {
                sb.Append('_');
            }

            sb.Append(char.ToLowerInvariant(name[i]));
        }

        return sb.ToString();
    }
}
