namespace ClinicOps.Testing.Servers;

/// <summary>A test server did not start; the message carries the tail of its output so the cause is visible in the test log.</summary>
public sealed class ServerStartException(string message, string? output = null)
    : Exception(string.IsNullOrWhiteSpace(output) ? message : $"{message}{Environment.NewLine}--- server output ---{Environment.NewLine}{output}")
{
    public bool PortInUse => Message.Contains("in use", StringComparison.OrdinalIgnoreCase)
        || Message.Contains("eaddrinuse", StringComparison.OrdinalIgnoreCase);
}
