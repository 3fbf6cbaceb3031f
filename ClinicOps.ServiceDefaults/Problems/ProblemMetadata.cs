using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.ServiceDefaults.Problems;

public static class ProblemMetadata
{
    /// <summary>
    /// Lists the ProblemDetails answers (application/problem+json) of a route or a route group in its OpenAPI description;
    /// a 400 with field errors is listed with ProducesValidationProblem.
    /// </summary>
    public static TBuilder ProducesProblems<TBuilder>(this TBuilder builder, params int[] statusCodes) where TBuilder : IEndpointConventionBuilder
    {
        foreach (var statusCode in statusCodes)
        {
            builder.WithMetadata(new ProducesResponseTypeMetadata(statusCode, typeof(ProblemDetails), ["application/problem+json"]));
        }

        return builder;
    }
}
