using System.Net.Http.Json;

namespace ClinicOps.Analytics.Tests.Infrastructure;

/// <summary>The dashboard and report reads a staff member of one clinic makes.</summary>
public sealed class AnalyticsClient(HttpClient http)
{
    public HttpClient Http => http;

    public async Task<DashboardDto> DashboardAsync() =>
        (await http.GetFromJsonAsync<DashboardDto>("/api/dashboard"))!;

    public async Task<IReadOnlyList<DoctorFiguresDto>> DoctorsAsync() =>
        (await http.GetFromJsonAsync<List<DoctorFiguresDto>>("/api/dashboard/doctors"))!.OrderBy(d => d.DoctorId).ToList();

    public async Task<IReadOnlyList<DailyRevenueDto>> RevenueAsync(DateOnly from, DateOnly to) =>
        (await http.GetFromJsonAsync<List<DailyRevenueDto>>($"/api/reports/revenue?from={from:yyyy-MM-dd}&to={to:yyyy-MM-dd}"))!;
}
