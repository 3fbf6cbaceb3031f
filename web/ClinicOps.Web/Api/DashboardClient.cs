using System.Globalization;
using System.Net.Http.Headers;
using Microsoft.AspNetCore.WebUtilities;

namespace ClinicOps.Web.Api;

/// <summary>The dashboard's figures and the revenue report (days in the clinic's time zone, both ends included).</summary>
public sealed class DashboardClient(ApiClient api)
{
    public const string CsvMediaType = "text/csv";

    public Task<ApiResult<DashboardFigures>> GetAsync(CancellationToken cancellationToken) =>
        api.GetAsync<DashboardFigures>("/api/dashboard", cancellationToken);

    public Task<ApiResult<List<DoctorFigures>>> DoctorsAsync(CancellationToken cancellationToken) =>
        api.GetAsync<List<DoctorFigures>>("/api/dashboard/doctors", cancellationToken);

    public Task<ApiResult<List<DailyRevenue>>> RevenueAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken) =>
        api.GetAsync<List<DailyRevenue>>(RevenuePath(from, to), cancellationToken);

    /// <summary>The same report as the API writes it in CSV.</summary>
    public async Task<ApiResult<TextContent>> RevenueCsvAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        using var request = ApiClient.CreateRequest(HttpMethod.Get, RevenuePath(from, to), body: null);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue(CsvMediaType));
        return await api.SendAsync<TextContent>(request, cancellationToken);
    }

    private static string RevenuePath(DateOnly from, DateOnly to) => QueryHelpers.AddQueryString("/api/reports/revenue", new Dictionary<string, string?>
    {
        ["from"] = from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["to"] = to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    });
}
