namespace ClinicOps.AppHost.Commands;

/// <summary>A backup that cannot be restored as it is: missing, incomplete, damaged or from another PostgreSQL version.</summary>
public sealed class BadBackupException(string message) : Exception(message);
