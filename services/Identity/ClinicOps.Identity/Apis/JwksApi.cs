using ClinicOps.Identity.Dtos;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Identity.Apis;

/// <summary>The public key that verifies identity's access tokens, for anyone who validates them.</summary>
public static class JwksApi
{
    public static IEndpointRouteBuilder MapJwksApi(this IEndpointRouteBuilder app)
    {
        // Read by token validators on the internal network, never through the gateway: not part of the API the documents describe.
        app.MapGet("/.well-known/jwks.json", GetKeySet).AllowAnonymous().ExcludeFromDescription();
        return app;
    }

    public static Ok<JsonWebKeySetResponse> GetKeySet([AsParameters] JwksApiServices services) => TypedResults.Ok(services.Key.PublicKeySet);
}
