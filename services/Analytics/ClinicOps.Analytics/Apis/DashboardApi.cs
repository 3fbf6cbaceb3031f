using ClinicOps.Analytics.Apis.Responses;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Analytics.Apis;

public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dashboard").WithTags("Dashboard");
        api.MapGet("", GetDashboard).WithName(nameof(GetDashboard));
        api.MapGet("/doctors", GetDoctors).WithName(nameof(GetDoctors));
        return app;
    }

    public static async Task<Ok<DashboardResponse>> GetDashboard([AsParameters] DashboardServices services) =>
        TypedResults.Ok(await services.Dashboard.GetDashboardAsync(services.CancellationToken));

    public static async Task<Ok<IReadOnlyList<DoctorFiguresResponse>>> GetDoctors([AsParameters] DashboardServices services) =>
        TypedResults.Ok(await services.Dashboard.GetDoctorsAsync(services.CancellationToken));
}
