namespace ClinicOps.ServiceDefaults.Problems;

/// <summary>A failure the caller can understand, answered as ProblemDetails with <see cref="StatusCode"/>.</summary>
public abstract class ProblemException(int statusCode, string title, string detail) : Exception(detail)
{
    public int StatusCode { get; } = statusCode;
    public string Title { get; } = title;
}
