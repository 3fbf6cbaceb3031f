using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;

namespace ClinicOps.Scheduling.Tests.Infrastructure;

/// <summary>Assertions on RFC 9457 answers.</summary>
public static class Problems
{
    public static async Task<HttpValidationProblemDetails> ShouldBeProblemAsync(this HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status} but got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>();
        Assert.NotNull(problem);
        Assert.Equal((int)status, problem.Status);
        return problem;
    }

    /// <summary>A 400 ValidationProblem naming <paramref name="field"/> among its errors.</summary>
    public static async Task<HttpValidationProblemDetails> ShouldBeInvalidAsync(this HttpResponseMessage response, string field)
    {
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.BadRequest);
        Assert.True(problem.Errors.ContainsKey(field), $"Expected an error for '{field}', got: {string.Join(", ", problem.Errors.Keys)}");
        return problem;
    }
}
