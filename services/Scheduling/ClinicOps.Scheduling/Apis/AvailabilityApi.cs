using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>Free slots of one doctor or all, for the staff's "pick a free slot".</summary>
public static class AvailabilityApi
{
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/availability", FindFreeSlots).WithTag("Availability", "Free slots to book, on the clinic's slot step.")
            .WithSummary("Find free slots")
            .WithDescription("Free starts of one doctor or all between two dates (clinic time, at most 31 days) for a length or an appointment type: on the clinic's slot step, inside working hours, outside time off and scheduled appointments, not in the past; sorted by start, then doctor.")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<AvailabilityResponse>> FindFreeSlots([AsParameters] AvailabilityFilter filter,
        [AsParameters] AvailabilityApiServices services) =>
        TypedResults.Ok(await services.Availability.FindAsync(filter, services.CancellationToken));
}
