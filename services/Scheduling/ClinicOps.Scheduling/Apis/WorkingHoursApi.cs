using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Auth;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>A doctor's weekly working hours; every staff member reads them, owners and receptionists set them.</summary>
public static class WorkingHoursApi
{
    public static IEndpointRouteBuilder MapWorkingHoursApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/doctors/{doctorId:guid}/working-hours").WithTags("Working hours")
            .ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
        api.MapGet("/", GetWorkingHours);
        api.MapPut("/", SetWorkingHours).RequireAuthorization(Policies.OwnerOrReceptionist)
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status403Forbidden);
        return app;
    }

    public static async Task<Ok<WorkingHoursResponse>> GetWorkingHours(Guid doctorId, [AsParameters] WorkingHoursApiServices services) =>
        TypedResults.Ok(await services.Hours.GetAsync(doctorId, services.CancellationToken));

    public static async Task<Ok<WorkingHoursResponse>> SetWorkingHours(Guid doctorId, WorkingHoursRequest request,
        [AsParameters] WorkingHoursApiServices services) =>
        TypedResults.Ok(await services.Hours.ReplaceAsync(doctorId, request, services.CancellationToken));
}
