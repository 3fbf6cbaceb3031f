using ClinicOps.Analytics.Dtos;
using ClinicOps.Analytics.Services;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace ClinicOps.Analytics.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTag("Reports", "Reports over the analytics read model.").ProducesProblems(StatusCodes.Status401Unauthorized);
        api.MapGet("/revenue", GetRevenueReport)
            .WithSummary("Get revenue per day")
            .WithDescription("Revenue and payment count per day between two dates (yyyy-MM-dd, inclusive) in the clinic's time zone; CSV with `Accept: text/csv`.")
            .AddOpenApiOperationTransformer(DocumentCsvAnswer)
            .ProducesValidationProblem();
        return app;
    }

    /// <summary>Revenue per day between two dates (yyyy-MM-dd, inclusive) in the clinic's time zone; CSV on `Accept: text/csv`.</summary>
    public static async Task<Results<Ok<IReadOnlyList<DailyRevenueResponse>>, ContentHttpResult>> GetRevenueReport(
        [FromQuery] string? from, [FromQuery] string? to, [AsParameters] ReportApiServices services)
    {
        var range = ReportRange.Parse(from, to);
        var days = await services.Revenue.GetAsync(range, services.CancellationToken);
        return WantsCsv(services.Context.Request)
            ? TypedResults.Text(RevenueCsv.Write(days), RevenueCsv.ContentType)
            : TypedResults.Ok(days);
    }

    /// <summary>The 200 answer is also the same days as CSV (with `Accept: text/csv`), beside the JSON list its result type declares.</summary>
    private static Task DocumentCsvAnswer(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        if (operation.Responses?.TryGetValue("200", out var answer) == true && answer is OpenApiResponse ok)
        {
            ok.Content ??= new Dictionary<string, OpenApiMediaType>();
            ok.Content[RevenueCsv.ContentType] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }

        return Task.CompletedTask;
    }

    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(RevenueCsv.ContentType, StringComparison.OrdinalIgnoreCase));
}
