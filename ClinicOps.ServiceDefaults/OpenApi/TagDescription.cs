namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: what the OpenAPI tag <see cref="Name"/> is about.</summary>
public sealed record TagDescription(string Name, string Description);
