using System.Net;
using ClinicOps.Identity.Tests.Infrastructure;
using ClinicOps.Testing;

namespace ClinicOps.Identity.Tests.Operations;

[Collection(IdentityCollection.Name)]
public sealed class OperationsTests(IdentityFactory factory)
{
    [Fact]
    public async Task Health_reports_ready_with_database_and_broker_and_needs_no_token()
    {
        await Eventually.GetAsync(async () => (await factory.CreateClient().GetAsync("/health")).StatusCode,
            status => status == HttpStatusCode.OK, "/health to report ready", interval: TimeSpan.FromMilliseconds(250));
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/alive")).StatusCode);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_identity_routes()
    {
        var document = await factory.CreateClient().GetStringAsync("/openapi/v1.json");

        foreach (var path in new[] { "/api/clinics", "/api/clinics/current", "/api/auth/login", "/api/auth/refresh", "/api/auth/logout", "/api/me", "/api/users", "/api/users/{id}" })
        {
            Assert.Contains($"\"{path}\"", document, StringComparison.Ordinal);
        }
    }
}
