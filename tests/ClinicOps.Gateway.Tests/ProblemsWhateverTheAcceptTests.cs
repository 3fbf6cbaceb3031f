using System.Net;
using System.Net.Http.Headers;

namespace ClinicOps.Gateway.Tests;

/// <summary>The gateway's own refusals are ProblemDetails with their real status whatever the client says it accepts.</summary>
public sealed class ProblemsWhateverTheAcceptTests(GatewayFactory gateway) : IClassFixture<GatewayFactory>
{
    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/html")]
    [InlineData("image/png")]
    public async Task A_request_without_a_token_answers_401_problem_details_whatever_it_accepts(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/doctors");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await gateway.CreateClient().SendAsync(request);

        var problem = await response.AssertProblemAsync(HttpStatusCode.Unauthorized);
        Assert.DoesNotContain("   at ", problem.GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/csv")]
    [InlineData("text/html")]
    public async Task An_unknown_api_path_answers_404_problem_details_whatever_it_accepts(string accept)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/no/such/place");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(accept));

        using var response = await gateway.CreateClient().SendAsync(request);

        await response.AssertProblemAsync(HttpStatusCode.NotFound);
    }
}
