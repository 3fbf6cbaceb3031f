namespace ClinicOps.ServiceDefaults.OpenApi;

/// <summary>Endpoint metadata: a typical body of the route's request, shown as the example of its JSON body.</summary>
public sealed record RequestExample(object Body);
