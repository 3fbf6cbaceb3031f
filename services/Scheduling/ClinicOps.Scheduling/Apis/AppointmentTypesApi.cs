using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>The clinic's appointment types; DELETE archives (old appointments keep their type, new ones cannot take it).</summary>
public static class AppointmentTypesApi
{
    public static IEndpointRouteBuilder MapAppointmentTypesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appointment-types").WithTags("Appointment types")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/", ListAppointmentTypes);
        api.MapPost("/", CreateAppointmentType);
        api.MapGet("/{id:guid}", GetAppointmentType);
        api.MapPut("/{id:guid}", UpdateAppointmentType).ProducesProblems(StatusCodes.Status412PreconditionFailed);
        api.MapDelete("/{id:guid}", ArchiveAppointmentType);
        return app;
    }

    public static async Task<Ok<PagedResult<AppointmentTypeResponse>>> ListAppointmentTypes([AsParameters] AppointmentTypeFilter filter,
        [AsParameters] PageRequest page, [AsParameters] AppointmentTypeApiServices services) =>
        TypedResults.Ok(await services.Types.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Created<AppointmentTypeResponse>> CreateAppointmentType(AppointmentTypeRequest request, HttpResponse response,
        [AsParameters] AppointmentTypeApiServices services)
    {
        var type = await services.Types.CreateAsync(request, services.CancellationToken);
        response.SetETag(type.RowVersion);
        return TypedResults.Created($"/api/appointment-types/{type.Id}", AppointmentTypeResponse.From(type));
    }

    public static async Task<Ok<AppointmentTypeResponse>> GetAppointmentType(Guid id, HttpResponse response,
        [AsParameters] AppointmentTypeApiServices services)
    {
        var type = await services.Types.GetAsync(id, services.CancellationToken);
        response.SetETag(type.RowVersion);
        return TypedResults.Ok(AppointmentTypeResponse.From(type));
    }

    public static async Task<Ok<AppointmentTypeResponse>> UpdateAppointmentType(Guid id, AppointmentTypeRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, [AsParameters] AppointmentTypeApiServices services)
    {
        var type = await services.Types.UpdateAsync(id, request, ifMatch, services.CancellationToken);
        response.SetETag(type.RowVersion);
        return TypedResults.Ok(AppointmentTypeResponse.From(type));
    }

    public static async Task<NoContent> ArchiveAppointmentType(Guid id, [AsParameters] AppointmentTypeApiServices services)
    {
        await services.Types.ArchiveAsync(id, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
