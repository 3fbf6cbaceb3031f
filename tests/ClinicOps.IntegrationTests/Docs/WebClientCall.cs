namespace ClinicOps.IntegrationTests.Docs;

/// <summary>
/// One request the web app's API client sends: its method, its path with every interpolated value as `{}`, the record it
/// reads the answer into (null when the answer is not read as a record) and where in the source it is.
/// </summary>
public sealed record WebClientCall(string Method, string Path, string? ResponseType, string Source)
{
    /// <summary>Whether the document's route ("GET /api/doctors/{}") is this call: a `{}` of the call stands for any one segment.</summary>
    public bool Matches(string documentedRoute)
    {
        var (method, path) = (documentedRoute.Split(' ')[0], documentedRoute.Split(' ')[1]);
        var mine = Path.Split('/');
        var theirs = path.Split('/');
        return method == Method && mine.Length == theirs.Length
            && mine.Zip(theirs).All(segment => segment.First == "{}" || segment.First == segment.Second);
    }
}
