using System.Text.Json;

namespace ClinicOps.Benchmarks.Api;

/// <summary>The API's JSON: camelCase, as ASP.NET Core writes it.</summary>
public static class Json
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public static readonly JsonSerializerOptions Indented = new(JsonSerializerDefaults.Web) { WriteIndented = true };
}
