using ClinicOps.Analytics.Dtos;
using ClinicOps.Analytics.Services;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Analytics.Apis;

public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/reports").WithTag("Reports", "Reports over the analytics read model.").ProducesProblems(StatusCodes.Status401Unauthorized);
        api.MapGet("/revenue", GetRevenueReport)
            .WithSummary("Get revenue per day")
            .WithDescription("Revenue and payment count per day between two dates (yyyy-MM-dd, inclusive) in the clinic's time zone; CSV with `Accept: text/csv`.")
            .Produces(StatusCodes.Status200OK, contentType: RevenueCsv.ContentType)
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

    private static bool WantsCsv(HttpRequest request) =>
        request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals(RevenueCsv.ContentType, StringComparison.OrdinalIgnoreCase));
}
