using Microsoft.AspNetCore.Routing.Template;
using Yarp.ReverseProxy.Configuration;

namespace ClinicOps.Gateway.OpenApi;

/// <summary>
/// Which of a service's operations a client can reach through the gateway: those a proxy route sends to that service's
/// cluster. An endpoint the gateway does not route (one meant only for other services) stays out of the public document.
/// </summary>
public sealed class ExposedOperations(IEnumerable<RouteConfig> routes)
{
    private readonly List<(string Cluster, TemplateMatcher Matcher, IReadOnlyList<string>? Methods)> routes =
        [.. routes
            .Where(route => route.ClusterId is not null && route.Match.Path is not null)
            .Select(route => (route.ClusterId!, new TemplateMatcher(TemplateParser.Parse(route.Match.Path!.TrimStart('/')), []), route.Match.Methods))];

    public bool Contains(string service, string method, string openApiPath)
    {
        // An OpenAPI path names its parameters ({id}); any one value stands for all of them when matching a route.
        var sample = new PathString(string.Join('/', openApiPath.Split('/')
            .Select(segment => segment.StartsWith('{') && segment.EndsWith('}') ? "sample" : segment)));
        return routes.Any(route =>
            route.Cluster == service
            && (route.Methods is null || route.Methods.Contains(method, StringComparer.OrdinalIgnoreCase))
            && route.Matcher.TryMatch(sample, []));
    }
}
