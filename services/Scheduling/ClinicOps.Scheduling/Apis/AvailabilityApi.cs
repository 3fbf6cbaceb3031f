using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>Free slots of one doctor or all, for the staff's "pick a free slot".</summary>
public static class AvailabilityApi
{
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/availability", FindFreeSlots).WithTags("Availability")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<AvailabilityResponse>> FindFreeSlots([AsParameters] AvailabilityFilter filter,
        [AsParameters] AvailabilityApiServices services) =>
        TypedResults.Ok(await services.Availability.FindAsync(filter, services.CancellationToken));
}
