namespace ClinicOps.Web.Api;

public static class Query
{
    /// <summary>Query parameters without the empty ones.</summary>
    public static Dictionary<string, string?> Of(params (string Name, string? Value)[] parameters) =>
        parameters.Where(p => !string.IsNullOrEmpty(p.Value)).ToDictionary(p => p.Name, p => p.Value);
}
