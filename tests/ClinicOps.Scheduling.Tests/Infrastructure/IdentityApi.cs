using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>
/// Identity's <c>GET /api/users/{id}</c> as scheduling asks it when a doctor is linked to a user it has not heard of: the
/// users identity has created (<see cref="Create"/>) answer 200, any other 404, as identity answers for a user of another
/// clinic. The whole-app ReadYourWritesTests ask the real identity.
/// </summary>
public sealed class IdentityUsers
{
    private const string Route = "/api/users/";
    private readonly ConcurrentDictionary<Guid, bool> _created = new();
    private readonly ConcurrentQueue<Guid> _asked = new();

    /// <summary>The users scheduling asked identity about, in order.</summary>
    public IReadOnlyCollection<Guid> Asked => _asked;

    public void Create(Guid userId) => _created[userId] = true;

    public HttpMessageHandler CreateHandler() => new Handler(this);

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method != HttpMethod.Get || !path.StartsWith(Route, StringComparison.Ordinal) || !Guid.TryParse(path[Route.Length..], out var userId))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        _asked.Enqueue(userId);
        return _created.ContainsKey(userId)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new { id = userId }) }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private sealed class Handler(IdentityUsers identity) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(identity.Answer(request));
    }
}
