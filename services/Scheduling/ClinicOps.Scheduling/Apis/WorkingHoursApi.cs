using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>A doctor's weekly working hours; every staff member reads them, owners and receptionists set them.</summary>
public static class WorkingHoursApi
{
    public static IEndpointRouteBuilder MapWorkingHoursApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/doctors/{doctorId:guid}/working-hours").WithTag("Working hours", "A doctor's weekly working hours in the clinic's local time; everyone reads them, owners and receptionists set them.")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
        api.MapGet("/", GetWorkingHours)
            .WithSummary("Get a doctor's working hours")
            .WithDescription("The week as days with sorted, non-overlapping intervals (`HH:mm`, clinic time); a day left out has no hours.");
        api.MapPut("/", SetWorkingHours)
            .WithRequestExample(new WorkingHoursRequest([new WorkingDayRequest("monday", [new IntervalRequest("09:00", "12:30"), new IntervalRequest("13:30", "17:00")])]))
            .WithSummary("Set a doctor's working hours")
            .WithDescription("Owner or receptionist: replaces the whole week. Intervals of a day are sorted, non-overlapping, start before end, on 5-minute boundaries.").RequireAuthorization(Policies.OwnerOrReceptionist)
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<WorkingHoursResponse>> GetWorkingHours(Guid doctorId, [AsParameters] WorkingHoursApiServices services) =>
        TypedResults.Ok(await services.Hours.GetAsync(doctorId, services.CancellationToken));

    public static async Task<Ok<WorkingHoursResponse>> SetWorkingHours(Guid doctorId, WorkingHoursRequest request,
        [AsParameters] WorkingHoursApiServices services) =>
        TypedResults.Ok(await services.Hours.ReplaceAsync(doctorId, request, services.CancellationToken));
}
