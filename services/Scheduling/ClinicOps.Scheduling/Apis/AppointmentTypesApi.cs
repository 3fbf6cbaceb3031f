using ClinicOps.Scheduling.Dtos;
using ClinicOps.ServiceDefaults.Paging;
using ClinicOps.ServiceDefaults.OpenApi;
using ClinicOps.ServiceDefaults.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace ClinicOps.Scheduling.Apis;

/// <summary>The clinic's appointment types; DELETE archives (old appointments keep their type, new ones cannot take it).</summary>
public static class AppointmentTypesApi
{
    public static IEndpointRouteBuilder MapAppointmentTypesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/appointment-types").WithTag("Appointment types", "The clinic's kinds of visit, with their length, price and calendar colour.")
            .ProducesValidationProblem().ProducesProblems(StatusCodes.Status401Unauthorized, StatusCodes.Status404NotFound, StatusCodes.Status409Conflict);
        api.MapGet("/", ListAppointmentTypes)
            .WithSummary("List appointment types")
            .WithDescription("A page of the clinic's appointment types.");
        api.MapPost("/", CreateAppointmentType)
            .WithRequestExample(new AppointmentTypeRequest("Check-up", 30, 45.00m, "#2E86DE")).SendsETag()
            .WithSummary("Create an appointment type")
            .WithDescription("Takes a name (unique in the clinic, ignoring case), a length of 5-480 minutes, an optional price and a colour (`#RRGGBB`).");
        api.MapGet("/{id:guid}", GetAppointmentType).SendsETag()
            .WithSummary("Get an appointment type")
            .WithDescription("One appointment type, with its version as `ETag`.");
        api.MapPut("/{id:guid}", UpdateAppointmentType)
            .WithRequestExample(new AppointmentTypeRequest("Check-up", 30, 45.00m, "#2E86DE")).SendsETag()
            .WithSummary("Update an appointment type")
            .WithDescription("Replaces the type's details; a stale `If-Match` answers 412.").ProducesProblems(StatusCodes.Status412PreconditionFailed);
        api.MapDelete("/{id:guid}", ArchiveAppointmentType)
            .WithSummary("Archive an appointment type")
            .WithDescription("Marks it archived: old appointments keep it, new ones cannot take it.");
        return app;
    }

    public static async Task<Ok<PagedResult<AppointmentTypeResponse>>> ListAppointmentTypes([AsParameters] AppointmentTypeFilter filter,
        [AsParameters] PageRequest page, [AsParameters] AppointmentTypeApiServices services) =>
        TypedResults.Ok(await services.Types.ListAsync(filter, page, services.CancellationToken));

    public static async Task<Created<AppointmentTypeResponse>> CreateAppointmentType(AppointmentTypeRequest request, HttpResponse response,
        [AsParameters] AppointmentTypeApiServices services) =>
        VersionedResults.Created(response, "/api/appointment-types", await services.Types.CreateAsync(request, services.CancellationToken), AppointmentTypeResponse.From);

    public static async Task<Ok<AppointmentTypeResponse>> GetAppointmentType(Guid id, HttpResponse response,
        [AsParameters] AppointmentTypeApiServices services) =>
        VersionedResults.Ok(response, await services.Types.GetAsync(id, services.CancellationToken), AppointmentTypeResponse.From);

    public static async Task<Ok<AppointmentTypeResponse>> UpdateAppointmentType(Guid id, AppointmentTypeRequest request,
        [FromHeader(Name = "If-Match")] string? ifMatch, HttpResponse response, [AsParameters] AppointmentTypeApiServices services) =>
        VersionedResults.Ok(response, await services.Types.UpdateAsync(id, request, ifMatch, services.CancellationToken), AppointmentTypeResponse.From);

    public static async Task<NoContent> ArchiveAppointmentType(Guid id, [AsParameters] AppointmentTypeApiServices services)
    {
        await services.Types.ArchiveAsync(id, services.CancellationToken);
        return TypedResults.NoContent();
    }
}
