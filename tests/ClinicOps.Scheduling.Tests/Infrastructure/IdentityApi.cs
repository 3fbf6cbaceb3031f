using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using ClinicOps.Scheduling.Infrastructure.Http;
using ClinicOps.ServiceDefaults.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>
/// Identity's API as scheduling asks it about what its replicas do not hold yet, answering as identity does:
/// <c>GET /api/users/{id}</c> 200 for the users identity has created (<see cref="CreateUser"/>), else 404;
/// <c>GET /api/clinics/current</c> the caller's clinic (from the forwarded token) when it has signed up
/// (<see cref="SignUpClinic"/>), else 404. The whole-app ReadYourWritesTests ask the real identity.
/// </summary>
public sealed class IdentityApi
{
    private const string UsersRoute = "/api/users/";
    private const string ClinicRoute = "/api/clinics/current";
    private readonly ConcurrentDictionary<Guid, bool> _users = new();
    private readonly ConcurrentDictionary<Guid, object> _clinics = new();
    private readonly ConcurrentQueue<Guid> _asked = new();

    /// <summary>The users scheduling asked identity about, in order.</summary>
    public IReadOnlyCollection<Guid> Asked => _asked;

    public void CreateUser(Guid userId) => _users[userId] = true;

    public void SignUpClinic(Guid clinicId, string timeZone, int slotStepMinutes) =>
        _clinics[clinicId] = new { id = clinicId, name = "Test clinic", timeZone, currency = "EUR", slotStepMinutes };

    /// <summary>Points the service's <see cref="IdentityClient"/> at these answers.</summary>
    public void AnswerFor(IWebHostBuilder builder)
    {
        builder.UseSetting(IdentityClient.ConfigurationKey, "http://identity.test");
        builder.ConfigureTestServices(services => services.AddHttpClient<IdentityClient>().ConfigurePrimaryHttpMessageHandler(() => new Handler(this)));
    }

    private HttpResponseMessage Answer(HttpRequestMessage request)
    {
        var path = request.RequestUri!.AbsolutePath;
        if (request.Method != HttpMethod.Get)
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        if (path == ClinicRoute)
        {
            var token = new JsonWebToken(request.Headers.Authorization!.Parameter);
            return _clinics.TryGetValue(Guid.Parse(token.GetClaim(ClaimNames.ClinicId).Value), out var clinic)
                ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(clinic) }
                : new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        if (!path.StartsWith(UsersRoute, StringComparison.Ordinal) || !Guid.TryParse(path[UsersRoute.Length..], out var userId))
        {
            return new HttpResponseMessage(HttpStatusCode.NotFound);
        }

        _asked.Enqueue(userId);
        return _users.ContainsKey(userId)
            ? new HttpResponseMessage(HttpStatusCode.OK) { Content = JsonContent.Create(new { id = userId }) }
            : new HttpResponseMessage(HttpStatusCode.NotFound);
    }

    private sealed class Handler(IdentityApi identity) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(identity.Answer(request));
    }
}
