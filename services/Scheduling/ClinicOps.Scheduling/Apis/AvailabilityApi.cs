using ClinicOps.Scheduling.Dtos;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>Free slots of one doctor or all, for the staff's "pick a free slot".</summary>
public static class AvailabilityApi
{
    public static IEndpointRouteBuilder MapAvailabilityApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/availability", FindFreeSlots).WithTags("Availability")
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
        return app;
    }

    public static async Task<Ok<AvailabilityResponse>> FindFreeSlots([AsParameters] AvailabilityQuery query,
        [AsParameters] AvailabilityApiServices services) =>
        TypedResults.Ok(await services.Availability.FindAsync(query, services.CancellationToken));
}
