using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>A doctor's time off (holiday, course): every staff member may list, add and remove it.</summary>
public static class TimeOffApi
{
    public static IEndpointRouteBuilder MapTimeOffApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/doctors/{doctorId:guid}/time-off").WithTag("Time off", "A doctor's time off (holiday, course), during which no appointment is booked.")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound);
        api.MapGet("/", ListTimeOff)
            .WithSummary("List a doctor's time off")
            .WithDescription("A page of the doctor's time off.");
        api.MapPost("/", AddTimeOff)
            .WithRequestExample(new TimeOffRequest(new DateTimeOffset(2030, 8, 5, 0, 0, 0, TimeSpan.FromHours(2)), new DateTimeOffset(2030, 8, 17, 0, 0, 0, TimeSpan.FromHours(2)), "Summer holiday"))
            .WithSummary("Add time off for a doctor")
            .WithDescription("Takes `startsAt` and `endsAt` (instants with offset; endsAt after startsAt) and an optional reason.");
        api.MapDelete("/{timeOffId:guid}", RemoveTimeOff)
            .WithSummary("Remove a doctor's time off")
            .WithDescription("Deletes one period of time off.");
        return app;
    }

    public static async Task<Ok<PagedResult<TimeOffResponse>>> ListTimeOff(Guid doctorId, [AsParameters] TimeOffFilter filter,
        [AsParameters] PageRequest page, [AsParameters] TimeOffApiServices services) =>
        TypedResults.Ok(await services.TimeOff.ListAsync(doctorId, filter, page, services.CancellationToken));

    public static async Task<Created<TimeOffResponse>> AddTimeOff(Guid doctorId, TimeOffRequest request, [AsParameters] TimeOffApiServices services)
    {
        var timeOff = await services.TimeOff.AddAsync(doctorId, request, services.CancellationToken);
        return TypedResults.Created($"/api/doctors/{doctorId}/time-off/{timeOff.Id}", TimeOffResponse.From(timeOff));
    }

    public static async Task<NoContent> RemoveTimeOff(Guid doctorId, Guid timeOffId, [AsParameters] TimeOffApiServices services)
    {
        await services.TimeOff.RemoveAsync(doctorId, timeOffId, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
