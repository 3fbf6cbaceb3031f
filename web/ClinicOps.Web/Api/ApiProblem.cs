namespace ClinicOps.Web.Api;

/// <summary>
/// An RFC 9457 answer of the API as pages show it: field errors go next to their inputs, the rest into a banner
/// with the trace id that support looks up in the dashboard.
/// </summary>
public sealed record ApiProblem(int Status, string Title, string? Detail, string? TraceId, IReadOnlyDictionary<string, string[]> Errors)
{
    /// <summary>What to tell the person: the API's own sentence when it gave one, else its title.</summary>
    public string Message => string.IsNullOrWhiteSpace(Detail) ? Title : Detail;

    public bool IsNotFound => Status == 404;

    public bool IsStale => Status == 412;

    public bool SessionEnded => Status == 401;

    /// <summary>The gateway or a service could not be reached at all (no ProblemDetails came back).</summary>
    public static ApiProblem Unreachable(string detail) =>
        new(503, "Service unavailable", detail, null, new Dictionary<string, string[]>());
}
