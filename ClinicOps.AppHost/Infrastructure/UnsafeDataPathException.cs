namespace ClinicOps.AppHost.Infrastructure;

/// <summary>The data folder or a secret in it could be changed by someone other than the user running the app.</summary>
public sealed class UnsafeDataPathException(string message) : DistributedApplicationException(message);
