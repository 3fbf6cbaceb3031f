using ClinicOps.Analytics.Dtos;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Analytics.Apis;

public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dashboard").WithTags("Dashboard").ProducesProblems(StatusCodes.Status401Unauthorized);
        api.MapGet("", GetDashboard).WithName(nameof(GetDashboard));
        api.MapGet("/doctors", GetDoctors).WithName(nameof(GetDoctors));
        return app;
    }

    public static async Task<Ok<DashboardResponse>> GetDashboard([AsParameters] DashboardApiServices services) =>
        TypedResults.Ok(await services.Dashboard.GetDashboardAsync(services.CancellationToken));

    public static async Task<Ok<IReadOnlyList<DoctorFiguresResponse>>> GetDoctors([AsParameters] DashboardApiServices services) =>
        TypedResults.Ok(await services.Dashboard.GetDoctorsAsync(services.CancellationToken));
}
