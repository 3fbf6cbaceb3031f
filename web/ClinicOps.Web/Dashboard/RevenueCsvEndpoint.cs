using System.Globalization;
using System.Text;
using ClinicOps.Web.Api;
using ClinicOps.Web.Clinic;

namespace ClinicOps.Web.Dashboard;

/// <summary>
/// The revenue report as a CSV download, exactly as the API writes it (`Accept: text/csv`). The browser cannot ask the
/// API itself — the session's token stays on the server — so the web app fetches it and hands it over as a file.
/// </summary>
public static class RevenueCsvEndpoint
{
    public const string Path = "/dashboard/revenue.csv";

    public static string Link(DateOnly from, DateOnly to) =>
        $"{Path}?from={from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}&to={to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static IEndpointRouteBuilder MapRevenueCsv(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, DownloadAsync).RequireAuthorization();
        return app;
    }

    private static async Task<IResult> DownloadAsync(DateOnly from, DateOnly to, DashboardClient dashboard, CancellationToken cancellationToken)
    {
        var csv = await dashboard.RevenueCsvAsync(from, to, cancellationToken);
        if (!csv.Succeeded)
        {
            var errors = string.Join(" ", csv.Problem.Errors.Values.SelectMany(messages => messages));
            return TypedResults.Problem(statusCode: csv.Problem.Status, title: csv.Problem.Title, detail: $"{csv.Problem.Message} {errors}".Trim());
        }

        var name = $"revenue-{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}-to-{to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}.csv";
        return TypedResults.File(Encoding.UTF8.GetBytes(csv.Value.Text), DashboardClient.CsvMediaType, name);
    }
}
