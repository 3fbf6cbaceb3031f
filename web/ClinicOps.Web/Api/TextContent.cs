namespace ClinicOps.Web.Api;

/// <summary>The value of a successful answer that is not JSON (the revenue report as CSV), as text with its media type.</summary>
public sealed record TextContent(string Text, string? MediaType);
