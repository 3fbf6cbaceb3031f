using ClinicOps.Analytics.Dtos;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;

namespace ClinicOps.Analytics.Apis;

public static class DashboardApi
{
    public static IEndpointRouteBuilder MapDashboardApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/dashboard").WithTag("Dashboard", "The clinic's figures, from the analytics read model.").ProducesProblems(StatusCodes.Status401Unauthorized);
        api.MapGet("", GetDashboard)
            .WithSummary("Get the clinic's figures")
            .WithDescription("Appointments by status, revenue (paid payments minus refunds), pending payments and reminders, and `asOf`: the time of the newest event applied.");
        api.MapGet("/doctors", GetDoctorFigures)
            .WithSummary("Get the figures per doctor")
            .WithDescription("Appointments by status and revenue for each doctor.");
        return app;
    }

    public static async Task<Ok<DashboardResponse>> GetDashboard([AsParameters] DashboardApiServices services) =>
        TypedResults.Ok(await services.Dashboard.GetDashboardAsync(services.CancellationToken));

    public static async Task<Ok<IReadOnlyList<DoctorFiguresResponse>>> GetDoctorFigures([AsParameters] DashboardApiServices services) =>
        TypedResults.Ok(await services.Dashboard.GetDoctorsAsync(services.CancellationToken));
}
