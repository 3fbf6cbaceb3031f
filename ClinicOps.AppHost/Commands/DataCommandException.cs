namespace ClinicOps.AppHost.Commands;

/// <summary>A backup or restore that cannot go ahead for a reason the user can fix (the message says how).</summary>
public sealed class DataCommandException(string message) : Exception(message);
