namespace ClinicOps.IntegrationTests.Security.Isolation;

/// <summary>
/// One row of the isolation matrix: a route of the API (a path template whose placeholders name clinic A's records,
/// see <see cref="Infrastructure.SeededClinic.Resolve"/>), the body B sends, and what B must get.
/// </summary>
public sealed record IsolationRoute(string Method, string Template, Func<Infrastructure.SeededClinic, object?>? Body, IsolationExpectation Expect)
{
    /// <summary>The route as the OpenAPI documents name it: method and path with every parameter as <c>{}</c>.</summary>
    public string Route => OpenApiRoutes.Key(Method, Template);

    public string Name => $"{Method} {Template}";

    /// <summary>Sign-up and /api/auth/* are limited per client address at the gateway rather than per clinic.</summary>
    public bool LimitedPerAddress => Template.StartsWith("/api/auth/", StringComparison.Ordinal) || (Method == "POST" && Template == "/api/clinics");

    public override string ToString() => $"{Name} -> {Expect}";
}
