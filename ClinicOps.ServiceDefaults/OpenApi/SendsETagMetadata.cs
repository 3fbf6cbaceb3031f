namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: the success answer carries the resource's row version as `ETag`.</summary>
public sealed class SendsETagMetadata;
