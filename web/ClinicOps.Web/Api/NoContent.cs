namespace ClinicOps.Web.Api;

/// <summary>The value of a successful answer that has no body (204).</summary>
public sealed record NoContent
{
    public static readonly NoContent Instance = new();
}
